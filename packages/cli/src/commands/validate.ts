import { Command } from 'commander';
import { CliError } from '../cli-error.js';
import { MAX_BANK_FILE_SIZE, readDataFile } from '../load-bank.js';
import { plural } from '../render/plural.js';
import type { Terminal } from '../terminal.js';
import { fileName } from './common-options.js';

export function validateCommand(term: Terminal): Command {
  return new Command('validate')
    .summary('check a custom bank file and list every problem')
    .description(
      'Check a bank file (JSON or YAML) against the prepdeck schema and its cross-references.',
    )
    .argument(
      '<file>',
      `the bank file, .json, .yaml or .yml, up to ${MAX_BANK_FILE_SIZE}`,
      fileName,
    )
    .option('--json', 'print the result as JSON')
    .addHelpText(
      'after',
      `
Examples:
  $ prepdeck validate my-bank.yaml
  $ prepdeck validate my-bank.json --json`,
    )
    .action(async (file: string, flags: { json?: boolean }) => {
      const data = await readDataFile(file);
      const { safeParseBank } = await import('@prepdeck/schema');
      const result = safeParseBank(data);
      if (flags.json) {
        term.write(
          JSON.stringify(
            result.success
              ? { valid: true, questions: result.data.questions.length }
              : { valid: false, issues: result.error.issues },
            null,
            2,
          ),
        );
      } else if (result.success) {
        const { questions, categories, tags } = result.data;
        term.write(
          `${file}: valid bank with ${plural(questions.length, 'question')}, ${plural(categories.length, 'category', 'categories')} and ${plural(tags.length, 'tag')}.`,
        );
      } else {
        term.write(
          `${file}: ${result.error.issues.length} problem${result.error.issues.length === 1 ? '' : 's'}`,
        );
        for (const issue of result.error.issues)
          term.write(`  ${issue.path || '(bank)'}: ${issue.message}`);
      }
      // The report is the result, on stdout; the failure is named on stderr too, so that it
      // shows when stdout goes to a file or a pipe.
      if (!result.success) {
        throw new CliError(
          `${file} is not a valid bank: ${plural(result.error.issues.length, 'problem')}.`,
        );
      }
    });
}
