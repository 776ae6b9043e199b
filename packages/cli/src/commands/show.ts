import { Command } from 'commander';
import { CliError } from '../cli-error.js';
import { loadBank } from '../load-bank.js';
import { closestIds } from '../render/closest-ids.js';
import {
  renderExercise,
  renderGuidance,
  renderQuestion,
  renderSources,
} from '../render/render-question.js';
import { wrapText } from '../render/wrap-text.js';
import type { Terminal } from '../terminal.js';
import { addBankOption } from './common-options.js';

export function showCommand(term: Terminal): Command {
  const command = new Command('show')
    .summary('show one question with all its guidance')
    .description('Show one question with its guidance and related questions.')
    .argument('<id>', 'the question id (as printed by ask or list)')
    .option('--json', 'print JSON instead of text');
  addBankOption(command);
  command.addHelpText(
    'after',
    `
Examples:
  $ prepdeck show high-bill-after-estimated-reads
  $ prepdeck show high-bill-after-estimated-reads --json`,
  );
  return command.action(async (id: string, flags: { json?: boolean; bank?: string }) => {
    const bank = await loadBank(flags.bank);
    const movedTo = bank.moved && Object.hasOwn(bank.moved, id) ? bank.moved[id] : undefined;
    if (movedTo !== undefined)
      term.note(`"${id}" was merged into "${movedTo}"; showing that question.`);
    const question = bank.questions.find((q) => q.id === (movedTo ?? id));
    if (!question) {
      const near = closestIds(
        id,
        bank.questions.map((q) => q.id),
      );
      const hint =
        near.length > 0
          ? ` Did you mean:\n${near.map((n) => `  ${n}`).join('\n')}`
          : ' Run `prepdeck ask` or `prepdeck list categories` to find ids.';
      throw new CliError(`No question has the id "${id}".${hint}`);
    }
    if (flags.json) {
      term.write(JSON.stringify(question, null, 2));
      return;
    }
    term.write(renderQuestion(term, bank, question));
    const exercise = renderExercise(term, question);
    if (exercise !== undefined) term.write(`\n${exercise}`);
    term.write(`\n${renderGuidance(term, question)}`);
    const sources = renderSources(term, question);
    if (sources !== undefined) term.write(`\n${sources}`);
    if (question.related.length > 0) {
      term.write(`\n${term.color.cyan('Related')}`);
      for (const relatedId of question.related) {
        const related = bank.questions.find((q) => q.id === relatedId);
        const line = `${relatedId}${related ? term.color.dim(` - ${related.text}`) : ''}`;
        term.write(wrapText(line, term.width, '    ', '  '));
      }
    }
  });
}
