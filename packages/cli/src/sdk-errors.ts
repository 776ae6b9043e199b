import { PrepdeckError } from '@prepdeck/sdk';
import { CliError } from './cli-error.js';

const FLAG_NAMES: Record<string, string> = {
  '"categories"': '--category',
  '"types"': '--type',
  '"difficulty"': '--difficulty',
  '"seniority"': '--seniority',
  '"tags"': '--tag',
  '"competencies"': '--competency',
  '"text"': '--search',
  '"jurisdictions"': '--jurisdiction',
};

/** Runs `action`; SDK errors about bad values become usage errors that name the flag. */
export function withFlagErrors<T>(action: () => T): T {
  try {
    return action();
  } catch (error) {
    if (error instanceof PrepdeckError && error.code !== 'NOT_ENOUGH_QUESTIONS') {
      let message = error.message.replace(/^Invalid criteria: /, '');
      for (const [key, flag] of Object.entries(FLAG_NAMES))
        message = message.replaceAll(`in ${key}`, `in ${flag}`);
      throw new CliError(`${message.charAt(0).toUpperCase()}${message.slice(1)}`, 2);
    }
    throw error;
  }
}
