import type { Command } from 'commander';
import { formatTable, type EvalTable } from '../eval/report.ts';
import { evaluationTasks } from '../eval/tasks.ts';
import type { SetExit } from './shared.ts';

export function registerEval(program: Command, _setExit: SetExit): void {
  const tasks = evaluationTasks();
  program
    .command('eval')
    .description(`score storytrace on an evaluation set and print the tables (${tasks.map((t) => t.name).join(', ')})`)
    .argument('<task>', tasks.map((t) => `${t.name}: ${t.description}`).join('; '))
    .argument('[dir]', 'data folder (default: the task\'s folder under ../shared/data)')
    .action(async (name: string, dir: string | undefined) => {
      const task = tasks.find((t) => t.name === name);
      if (!task) throw new Error(`unknown evaluation "${name}"; choose one of: ${tasks.map((t) => t.name).join(', ')}`);
      const tables: EvalTable[] = await task.run(dir ?? task.defaultDir);
      process.stdout.write(`${tables.map(formatTable).join('\n\n')}\n`);
    });
}
