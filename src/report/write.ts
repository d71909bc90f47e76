import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** Writes JSON to a file, or to standard output for "-". */
export async function writeOutput(path: string, value: unknown): Promise<void> {
  const text = `${JSON.stringify(value, null, 2)}\n`;
  if (path === '-') {
    process.stdout.write(text);
    return;
  }
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text);
}
