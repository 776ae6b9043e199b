import { bank, questions } from '@prepdeck/questions';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import * as coach from '../src/coach/index.js';
import * as format from '../src/format/index.js';
import * as sdk from '../src/index.js';
import * as kit from '../src/kit/index.js';
import { PrepdeckError } from '../src/prepdeck-error.js';

/** Whether `run` returns, or throws a PrepdeckError with a code and a message. */
function returnsOrExplains(run: () => unknown): boolean {
  try {
    run();
    return true;
  } catch (error) {
    if (error instanceof PrepdeckError && error.code.length > 0 && error.message.length > 0)
      return true;
    throw error;
  }
}

const junk = fc.anything({ withObjectString: true, withNullPrototype: true, maxDepth: 3 });
const pool = questions.slice(0, 40);
const plan = kit.planInterview(bank, { minutes: 45, seed: 'hostile' });
const review = coach.createCoach({ concepts: bank.concepts ?? [] });

/** Public functions, each called with one argument replaced by arbitrary junk. */
const calls: Record<string, (value: unknown) => unknown> = {
  'query(junk criteria)': (v) => sdk.query(pool, v as never),
  'query(junk source)': (v) => sdk.query(v as never, {}),
  'count(junk criteria)': (v) => sdk.count(pool, v as never),
  'facets(junk criteria)': (v) => sdk.facets(pool, v as never),
  'shuffle(junk items)': (v) => sdk.shuffle(v as never),
  'shuffle(junk options)': (v) => sdk.shuffle(pool, v as never),
  'sample(junk items)': (v) => sdk.sample(v as never, 2),
  'sample(junk n)': (v) => sdk.sample(pool, v as never),
  'sample(junk options)': (v) => sdk.sample(pool, 3, v as never),
  'createDeck(junk items)': (v) => sdk.createDeck(v as never),
  'createDeck(junk options)': (v) => sdk.createDeck(pool, v as never).draw(2),
  'createDeck(junk state)': (v) => sdk.createDeck(pool, { state: v as never }),
  'deck.draw(junk n)': (v) => sdk.createDeck(pool, { seed: 'hostile' }).draw(v as never),
  'createRandom(junk seed)': (v) => sdk.createRandom(v as never),
  'createIndex(junk questions)': (v) => sdk.createIndex(v as never),
  'redFlagText(junk)': (v) => sdk.redFlagText(v as never),
  'toMarkdown(junk options)': (v) => format.toMarkdown(pool.slice(0, 2), v as never),
  'toCsv(junk options)': (v) => format.toCsv(pool.slice(0, 2), v as never),
  'toJson(junk options)': (v) => format.toJson(pool.slice(0, 2), v as never),
  'toAnki(junk options)': (v) => format.toAnki(pool.slice(0, 2), v as never),
  'planInterview(junk options)': (v) => kit.planInterview(bank, v as never),
  'scoreInterview(junk ratings)': (v) => kit.scoreInterview(plan, v as never),
  'createCoach(junk options)': (v) => coach.createCoach(v as never),
  'reviewAnswer(junk answer)': (v) => coach.reviewAnswer(pool[0] as never, v as never),
  'reviewAnswer(junk options)': (v) =>
    coach.reviewAnswer(pool[0] as never, 'An answer.', v as never),
  'coach.review(junk answer)': (v) => review.review(pool[0] as never, v as never),
};

describe('public functions given hostile arguments', () => {
  for (const [name, call] of Object.entries(calls)) {
    it(`${name} returns or throws a PrepdeckError`, () => {
      fc.assert(
        fc.property(junk, (value) => returnsOrExplains(() => call(value))),
        { numRuns: 150, seed: 17 },
      );
    });
  }
});
