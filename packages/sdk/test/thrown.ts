import { PrepdeckError } from '../src/prepdeck-error.js';

/** Runs `run` and returns the PrepdeckError it throws; fails when it throws nothing. */
export function thrown(run: () => unknown): PrepdeckError {
  try {
    run();
  } catch (error) {
    if (error instanceof PrepdeckError) return error;
    throw error;
  }
  throw new Error('expected a PrepdeckError');
}
