import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/storytrace.mjs', import.meta.url));

function run(args: string[], env: Record<string, string>) {
  return spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 120_000 });
}

test('the launcher passes the exit code through when it reruns itself with a larger heap', () => {
  const rerun = run(['no-such-command'], { STORYTRACE_HEAP_MB: '6000', STORYTRACE_HEAP_SET: '' });
  assert.equal(rerun.status, 2, rerun.stderr);
  assert.match(rerun.stderr, /no-such-command/);
  const help = run(['--help'], { STORYTRACE_HEAP_MB: '6000', STORYTRACE_HEAP_SET: '' });
  assert.equal(help.status, 0, help.stderr);
  assert.match(help.stdout, /analyze/);
});
