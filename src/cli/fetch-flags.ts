import type { Command } from 'commander';
import type { IngestOptions } from '../ingest/index.ts';
import { positiveInteger } from './shared.ts';

export interface FetchFlags {
  follow?: boolean;
  allowPrivate?: boolean;
  timeout?: number;
  maxMb?: number;
  delay?: number;
}

/** Options shared by every command that reads inputs. */
export function withFetchFlags(command: Command): Command {
  return command
    .option('--follow', 'for feeds: fetch each item\'s linked page instead of the feed\'s summary')
    .option('--allow-private', 'allow URLs on loopback, private and link-local addresses')
    .option('--timeout <ms>', 'HTTP timeout per request in milliseconds', positiveInteger)
    .option('--max-mb <n>', 'largest document to read, in MB', positiveInteger)
    .option('--delay <ms>', 'pause between requests to the same host, in milliseconds', positiveInteger);
}

export function ingestOptionsFrom(flags: FetchFlags): Partial<IngestOptions> {
  const options: Partial<IngestOptions> = {};
  if (flags.follow) options.follow = true;
  if (flags.allowPrivate) options.allowPrivate = true;
  if (flags.timeout) options.timeoutMs = flags.timeout;
  if (flags.maxMb) options.maxBytes = flags.maxMb * 1024 * 1024;
  if (flags.delay) options.politenessDelayMs = flags.delay;
  return options;
}
