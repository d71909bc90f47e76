// What the quotation training scripts share: where PolNeAR lies and how a model module is written.
import { rename, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/** The PolNeAR folder: the first argument that is no flag, else ../shared/data/quotes/polnear. */
export function polnearDir(args: string[]): string {
  return args.find((a) => !a.startsWith('--')) ?? fileURLToPath(new URL('../../../shared/data/quotes/polnear', import.meta.url));
}

/** Writes `src/quotes/model/<name>` through a temporary file, so an interrupted run never leaves a broken model; returns its path. */
export async function writeModelModule(name: string, source: string): Promise<string> {
  const target = fileURLToPath(new URL(`./model/${name}`, import.meta.url));
  await writeFile(`${target}.tmp`, source);
  await rename(`${target}.tmp`, target);
  return target;
}
