import { PrepdeckError } from '@prepdeck/sdk';
import { Command, Option } from 'commander';
import { CliError } from '../cli-error.js';
import { collectList, criteriaFromFlags, type FilterFlags } from '../criteria-from-flags.js';
import { loadBank } from '../load-bank.js';
import { plural } from '../render/plural.js';
import { withFlagErrors } from '../sdk-errors.js';
import type { Terminal } from '../terminal.js';
import { writeOutFile } from '../write-out-file.js';
import { addBankOption, addSeedOption, fileName, wholeNumber } from './common-options.js';

const FORMATS = ['md', 'html', 'json'] as const;

interface KitFlags extends FilterFlags {
  readonly minutes: number;
  readonly format: (typeof FORMATS)[number];
  readonly exercise?: boolean;
  readonly out?: string;
  readonly seed?: string;
  readonly bank?: string;
}

export function kitCommand(term: Terminal): Command {
  const command = new Command('kit')
    .summary('plan a structured interview and print its interviewer kit')
    .description(
      'Plan a structured interview that fits --minutes (a warm-up first, behavioral and situational questions across categories and competencies) and write the interviewer kit: each question with what it assesses, follow-ups, the four rubric anchors to tick and space for notes, then a competency summary. The same --seed gives the same kit.',
    )
    .addOption(
      new Option('--minutes <n>', 'the length of the interview in minutes (required)')
        .argParser(wholeNumber(1))
        .makeOptionMandatory(),
    )
    .addOption(
      new Option('--format <format>', 'md (Markdown), html (a printable page) or json')
        .choices(FORMATS)
        .default('md'),
    )
    .option('--out <file>', 'write to a file instead of standard output', fileName)
    .option('--exercise', 'add one assessment-centre exercise, last, when one fits')
    .option(
      '--seniority <levels>',
      'supervisor, manager or director; comma-separated or repeated',
      collectList,
    )
    .option('--category <ids>', 'only these categories, comma-separated or repeated', collectList)
    .option('--competency <ids>', 'only questions that assess these competencies', collectList)
    .option('--type <types>', 'only these question types', collectList)
    .option(
      '--jurisdiction <ids>',
      'questions that hold there: portable ones and those placed in it',
      collectList,
    );
  addSeedOption(command);
  addBankOption(command);
  command.addHelpText(
    'after',
    `
Examples:
  $ prepdeck kit --minutes 45 --seed panel-1
  $ prepdeck kit --minutes 60 --seniority director --format html --out kit.html
  $ prepdeck kit --minutes 45 --jurisdiction gb --seed panel-1
  $ prepdeck kit --minutes 90 --exercise --format json`,
  );
  return command.action(async (flags: KitFlags) => {
    const bank = await loadBank(flags.bank);
    const kit = await import('@prepdeck/sdk/kit');
    const criteria = criteriaFromFlags(flags);
    const plan = withFlagErrors(() => {
      try {
        return kit.planInterview(bank, {
          minutes: flags.minutes,
          ...(flags.seed === undefined ? {} : { seed: flags.seed }),
          ...(criteria.seniority ? { seniority: criteria.seniority } : {}),
          ...(criteria.categories ? { categories: criteria.categories } : {}),
          ...(criteria.competencies ? { competencies: criteria.competencies } : {}),
          ...(criteria.types ? { types: criteria.types } : {}),
          ...(criteria.jurisdictions ? { jurisdictions: criteria.jurisdictions } : {}),
          ...(flags.exercise ? { exercise: true } : {}),
        });
      } catch (error) {
        if (error instanceof PrepdeckError && error.code === 'NOT_ENOUGH_QUESTIONS') {
          throw new CliError(
            error.message.replace(/^planInterview: /, 'Cannot plan this interview: '),
          );
        }
        throw error;
      }
    });
    const text =
      flags.format === 'md'
        ? kit.toKitMarkdown(plan)
        : flags.format === 'html'
          ? kit.toKitHtml(plan)
          : `${JSON.stringify(plan, null, 2)}\n`;
    if (flags.out === undefined) {
      term.write(text.replace(/\n$/, ''));
      return;
    }
    await writeOutFile(flags.out, text);
    term.note(
      `Wrote a ${plan.plannedMinutes}-minute kit of ${plural(plan.items.length, 'question')} to ${flags.out} (${flags.format}, seed ${plan.seed}).`,
    );
  });
}
