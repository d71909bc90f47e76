/**
 * A pure function of a string, remembered for the strings seen recently: words and names recur
 * within and across articles. The table is emptied when it reaches `limit` entries, which
 * bounds memory on any corpus.
 */
export function boundedMemo<T>(compute: (input: string) => T, limit = 100_000): (input: string) => T {
  const table = new Map<string, T>();
  return (input) => {
    let value = table.get(input);
    if (value === undefined) {
      value = compute(input);
      if (table.size >= limit) table.clear();
      table.set(input, value);
    }
    return value;
  };
}
