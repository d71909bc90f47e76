#!/usr/bin/env node
// Runs the TypeScript CLI directly through tsx, so `npm ci` needs no build step.
//
// Node's default JS heap (about 4 GB) is smaller than a large corpus needs (100,000 articles
// and their analysis). When neither the command line nor NODE_OPTIONS sets a heap size, the
// CLI runs itself again with a heap of half the machine's memory (STORYTRACE_HEAP_MB overrides;
// 0 keeps Node's default), and with 128 MB semi-spaces for the young generation (the analysis
// allocates many short-lived objects: Node's 16 MB made it collect garbage about 5% more of the
// time than 64 MB, and 64 MB cost 10% more CPU than 128 MB at 100,000 articles; 256 MB gained nothing).
import { spawn } from 'node:child_process';
import { totalmem } from 'node:os';
import { getHeapStatistics } from 'node:v8';

const HEAP_FLAG = '--max-old-space-size';
const YOUNG_FLAG = '--max-semi-space-size';
const YOUNG_MB = 128;

const given = (flag) => [...process.execArgv, process.env.NODE_OPTIONS ?? ''].some((arg) => arg.includes(flag));

function wantedHeapMb() {
  if (given(HEAP_FLAG)) return 0;
  const asked = process.env.STORYTRACE_HEAP_MB;
  const mb = asked !== undefined && asked !== '' ? Number(asked) : Math.floor(totalmem() / 2 ** 20 / 2);
  if (!Number.isFinite(mb) || mb <= 0) return 0;
  return mb > getHeapStatistics().heap_size_limit / 2 ** 20 * 1.1 ? Math.round(mb) : 0;
}

const heapMb = wantedHeapMb();
const flags = process.env.STORYTRACE_HEAP_SET
  ? []
  : [...(heapMb > 0 ? [`${HEAP_FLAG}=${heapMb}`] : []), ...(given(YOUNG_FLAG) ? [] : [`${YOUNG_FLAG}=${YOUNG_MB}`])];
if (flags.length > 0) {
  const child = spawn(process.execPath, [...process.execArgv, ...flags, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, STORYTRACE_HEAP_SET: '1' },
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  child.on('error', (error) => {
    console.error(`storytrace: could not start: ${error.message}`);
    process.exitCode = 1;
  });
  child.on('exit', (code, signal) => {
    if (signal) {
      process.removeAllListeners(signal);
      process.kill(process.pid, signal);
    }
    else process.exitCode = code ?? 1;
  });
} else {
  const { register } = await import('tsx/esm/api');
  register();
  const { main } = await import('../src/cli/main.ts');
  process.exitCode = await main(process.argv);
}
