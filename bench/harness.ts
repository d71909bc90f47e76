/** Small timing helpers shared by the benchmarks: median of several runs on one core. */
export interface Timing {
  medianMs: number;
  runs: number[];
}

export function timeRuns(runs: number, work: () => void): Timing {
  work(); // warm-up: JIT, lazy tables
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    work();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  const sorted = [...times].sort((a, b) => a - b);
  return { medianMs: sorted[Math.floor(sorted.length / 2)]!, runs: times };
}

export function perSecond(count: number, ms: number): number {
  return ms > 0 ? (count * 1000) / ms : 0;
}

export function megabytes(bytes: number): number {
  return bytes / (1024 * 1024);
}

export function memoryMb(): number {
  return megabytes(process.memoryUsage().rss);
}
