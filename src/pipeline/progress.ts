import cliProgress from 'cli-progress';

/** Where the pipeline reports what it is doing: a bar on a terminal, plain lines otherwise. */
export interface Progress {
  phase(name: string, total?: number): void;
  tick(detail?: string): void;
  log(message: string): void;
  done(): void;
}

export const silentProgress: Progress = { phase() {}, tick() {}, log() {}, done() {} };

/** Plain log lines (for pipes, CI and log files): one line per phase and per failure, a count every `every` items. */
export function lineProgress(write: (line: string) => void = (line) => process.stderr.write(`${line}\n`), every = 500): Progress {
  let phase = '';
  let count = 0;
  let counted = false;
  // A corpus stage is one step over everything: "reuse: done", not "reuse: 0 done".
  const finish = () => {
    if (phase) write(counted || count > 0 ? `${phase}: ${count} done` : `${phase}: done`);
    phase = '';
  };
  return {
    phase(name, total) {
      finish();
      phase = name;
      count = 0;
      counted = total !== undefined;
      write(total === undefined ? `${name}…` : `${name}: ${total} to do`);
    },
    tick() {
      count++;
      if (count % every === 0) write(`${phase}: ${count}`);
    },
    log: write,
    done: finish,
  };
}

/** A progress bar on a terminal (stderr). */
export function barProgress(): Progress {
  const bar = new cliProgress.SingleBar(
    { format: '{phase} [{bar}] {value}/{total} {detail}', stream: process.stderr, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  let active = false;
  let phase = '';
  let value = 0;
  let total = 0;
  const stop = () => {
    if (active) bar.stop();
    active = false;
  };
  return {
    phase(name, expected) {
      stop();
      phase = name;
      value = 0;
      total = expected ?? 0;
      bar.start(total, 0, { phase, detail: '' });
      active = true;
    },
    tick(detail = '') {
      if (!active) return;
      value++;
      if (value > total) {
        total = value;
        bar.setTotal(total);
      }
      bar.update(value, { phase, detail: detail.length > 40 ? `…${detail.slice(-39)}` : detail });
    },
    log(message) {
      const wasActive = active;
      stop();
      process.stderr.write(`${message}\n`);
      if (wasActive) {
        bar.start(total, value, { phase, detail: '' });
        active = true;
      }
    },
    done: stop,
  };
}

export function defaultProgress(): Progress {
  return process.stderr.isTTY && !process.env.CI ? barProgress() : lineProgress();
}
