import { InvalidArgumentError } from 'commander';

/** Exit codes: 0 everything read; 1 some inputs failed (the rest was processed); 2 usage or fatal error. */
export const EXIT_OK = 0;
export const EXIT_SOME_FAILED = 1;
export const EXIT_ERROR = 2;

export type SetExit = (code: number) => void;

export function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number');
  return n;
}
