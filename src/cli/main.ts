import { Command, CommanderError } from 'commander';
import { registerAnalyze } from './analyze.ts';
import { registerExtract } from './extract.ts';
import { registerDemo } from './demo.ts';
import { registerReport } from './report.ts';
import { registerExport } from './export.ts';
import { registerEval } from './eval.ts';
import { EXIT_ERROR, EXIT_OK, type SetExit } from './shared.ts';


export function buildProgram(setExit: SetExit): Command {
  const program = new Command('storytrace')
    .description('Trace how a news story travels across outlets: clean text and metadata, stories, copied passages, quotations and who said what.')
    .version('0.1.0')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  registerAnalyze(program, setExit);
  registerExtract(program, setExit);
  registerDemo(program, setExit);
  registerReport(program, setExit);
  registerExport(program, setExit);
  registerEval(program, setExit);
  return program;
}

/** Runs the CLI and resolves to the process exit code; never throws for bad input. */
export async function main(argv: string[]): Promise<number> {
  let exitCode = EXIT_OK;
  const program = buildProgram((code) => {
    exitCode = Math.max(exitCode, code);
  });
  try {
    await program.parseAsync(argv);
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT_OK : EXIT_ERROR;
    }
    process.stderr.write(`storytrace: ${error instanceof Error ? error.message : String(error)}\n`);
    if (process.env.STORYTRACE_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    return EXIT_ERROR;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await main(process.argv);
}
