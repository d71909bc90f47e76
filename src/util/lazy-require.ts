/**
 * A CommonJS package loaded the first time it is used rather than when the program starts.
 * For the heavy parsers only some inputs need (HTML, feeds, WARC) and data-laden libraries
 * only some stages need, so that `storytrace analyze` on text files, `--help` and a small corpus
 * do not pay for loading them.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export function lazyRequire<T>(specifier: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= require(specifier) as T);
}
