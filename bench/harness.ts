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

/**
 * CPU ms of a fixed workload that does not depend on storytrace's code: string slicing and
 * case-folding, map look-ups, small objects and a sort, as the analysis does (fastest of three).
 * The same code measures 15–25% apart on this kind of shared virtual machine from one day to the
 * next; printed beside a benchmark's figures, it tells which runs were made on a host of the same speed.
 */
export function hostReferenceMs(): number {
  const words = 'the harbour board said on monday that the new ferry toll would stay until the winter storms had passed'.split(' ');
  let best = Infinity;
  for (let round = 0; round < 3; round++) {
    const started = process.cpuUsage();
    const counts = new Map<string, number>();
    const entries: Array<{ word: string; at: number }> = [];
    for (let i = 0; i < 400_000; i++) {
      const word = words[i % words.length]!;
      const key = `${word.slice(0, 1 + (i % 5)).toUpperCase()}:${i % 997}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
      if (i % 4 === 0) entries.push({ word: key.toLowerCase(), at: i });
    }
    entries.sort((a, b) => (a.word < b.word ? -1 : a.word > b.word ? 1 : a.at - b.at));
    const used = process.cpuUsage(started);
    if (entries.length + counts.size > 0) best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}
