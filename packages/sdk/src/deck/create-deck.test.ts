import { questions } from '@prepdeck/questions';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PrepdeckError } from '../prepdeck-error.js';
import { shuffle } from '../shuffle.js';
import { createDeck } from './create-deck.js';
import type { DeckState } from './deck-state.js';

/** Pinned orders: changing them is a breaking change. */
const GOLDEN_ROUNDS = [
  'card-2',
  'card-4',
  'card-5',
  'card-1',
  'card-3',
  'card-0',
  'card-5',
  'card-4',
  'card-3',
  'card-1',
  'card-0',
  'card-2',
];
const GOLDEN_ADDED = ['card-1', 'card-3', 'card-0', 'card-2', 'card-4', 'card-5'];

const cards = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `card-${i}` }));
const ids = (list: readonly { id: string }[]) => list.map((c) => c.id);

function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof PrepdeckError) return error.code;
    throw error;
  }
  return 'no error';
}

describe('createDeck', () => {
  it('deals round 0 in the order of shuffle with the same seed', () => {
    const deck = createDeck(questions, { seed: 'evening' });
    expect(ids(deck.draw(questions.length))).toEqual(ids(shuffle(questions, { seed: 'evening' })));
    expect(deck.remaining).toBe(0);
    expect(deck.draw(3)).toEqual([]);
  });

  it('deals every card exactly once per round, for any draw sizes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.array(fc.integer({ min: 0, max: 7 })),
        fc.string(),
        (n, sizes, seed) => {
          const deck = createDeck(cards(n), { seed, onExhausted: 'reshuffle' });
          const dealt = sizes.flatMap((size) => deck.draw(size));
          for (let start = 0; start < dealt.length; start += n) {
            const round = ids(dealt.slice(start, start + n));
            expect(new Set(round).size).toBe(round.length);
          }
        },
      ),
    );
  });

  it('never opens a new round with the card just dealt', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 6 }), fc.string(), (n, seed) => {
        const deck = createDeck(cards(n), { seed, onExhausted: 'reshuffle' });
        const dealt = ids(deck.draw(n * 30));
        for (let i = 1; i < dealt.length; i++) expect(dealt[i]).not.toBe(dealt[i - 1]);
        expect(deck.round).toBe(29);
      }),
    );
  });

  it('stops, throws or reshuffles when exhausted', () => {
    const stop = createDeck(cards(3), { seed: 1 });
    expect(stop.draw(5)).toHaveLength(3);
    expect(stop.peek()).toBeUndefined();

    const strict = createDeck(cards(3), { seed: 1, onExhausted: 'throw' });
    strict.draw(2);
    expect(() => strict.draw(2)).toThrowError(
      expect.objectContaining({
        code: 'DECK_EXHAUSTED',
        message: 'Asked for 2 cards, but only 1 remain in this round.',
      }),
    );
    expect(strict.remaining).toBe(1);

    const again = createDeck(cards(3), { seed: 1, onExhausted: 'reshuffle' });
    expect(again.draw(7)).toHaveLength(7);
    expect(again.round).toBe(2);
  });

  it('peeks at what draw deals next', () => {
    const deck = createDeck(cards(5), { seed: 'peek', onExhausted: 'reshuffle' });
    for (let i = 0; i < 12; i++) {
      const next = deck.peek();
      expect(deck.draw()[0]).toBe(next);
    }
  });

  it('resets to the first order', () => {
    const deck = createDeck(cards(8), { seed: 'r', onExhausted: 'reshuffle' });
    const first = ids(deck.draw(8));
    deck.draw(11);
    deck.reset();
    expect(deck.round).toBe(0);
    expect(ids(deck.draw(8))).toEqual(first);
  });

  it('restores from JSON state and continues exactly, across rounds', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.nat(80),
        fc.nat(80),
        fc.constantFrom('stop', 'reshuffle') as fc.Arbitrary<'stop' | 'reshuffle'>,
        (n, before, after, onExhausted) => {
          const original = createDeck(cards(n), { seed: 'resume', onExhausted });
          original.draw(before);
          const saved = JSON.parse(JSON.stringify(original.state())) as DeckState;
          const restored = createDeck(cards(n), { state: saved, onExhausted });
          expect(restored.remaining).toBe(original.remaining);
          expect(ids(restored.draw(after))).toEqual(ids(original.draw(after)));
        },
      ),
    );
  });

  it('survives a bank that gained and lost questions', () => {
    const deck = createDeck(cards(10), { seed: 'grow' });
    const dealt = ids(deck.draw(4));
    const state = deck.state();
    const changed = [
      ...cards(10).filter((c) => c.id !== 'card-7' && c.id !== dealt[0]),
      { id: 'new-1' },
      { id: 'new-2' },
    ];
    const restored = createDeck(changed, { state });
    const rest = ids(restored.draw(100));
    const expectedOld = state.order.slice(4).filter((id) => id !== 'card-7');
    expect(rest.slice(0, expectedOld.length)).toEqual(expectedOld);
    expect(new Set(rest.slice(expectedOld.length))).toEqual(new Set(['new-1', 'new-2']));
    expect(restored.size).toBe(state.order.length - 2 + 2);
    expect(ids(createDeck(changed, { state }).draw(100))).toEqual(rest);
  });

  it('chooses a random seed when none is given, and keeps it in the state', () => {
    const a = createDeck(cards(20));
    const b = createDeck(cards(20));
    expect(a.state().seed).not.toBe(b.state().seed);
    expect(ids(createDeck(cards(20), { seed: a.state().seed }).draw(20))).toEqual(ids(a.draw(20)));
  });

  const good = (): Record<string, unknown> => ({ ...createDeck(cards(3), { seed: 's' }).state() });
  it.each([
    ['null', null],
    ['an array', []],
    ['a wrong format', { ...good(), format: 'other' }],
    ['a newer version', { ...good(), version: 2 }],
    ['a numeric seed', { ...good(), seed: 5 }],
    ['a negative round', { ...good(), round: -1 }],
    ['a position past the end', { ...good(), position: 4 }],
    ['a fractional position', { ...good(), position: 1.5 }],
    ['repeated ids', { ...good(), order: ['card-0', 'card-0', 'card-1'] }],
    ['non-string ids', { ...good(), order: [1, 2, 3] }],
    ['a bad last card', { ...good(), last: 3 }],
    ['an unknown onExhausted', { ...good(), onExhausted: 'loop' }],
  ])('rejects a state with %s as INVALID_DECK_STATE', (_, state) => {
    expect(codeOf(() => createDeck(cards(3), { state: state as never }))).toBe(
      'INVALID_DECK_STATE',
    );
  });

  it('names the newer version in the message', () => {
    expect(() => createDeck(cards(3), { state: { ...good(), version: 2 } as never })).toThrowError(
      'Invalid deck state: version 2 is from a newer release; this one reads version 1.',
    );
  });

  it('rejects a seed that contradicts the saved state, duplicate ids and bad options', () => {
    const state = createDeck(cards(3), { seed: 'a' }).state();
    expect(codeOf(() => createDeck(cards(3), { state, seed: 'b' }))).toBe('INVALID_DECK_STATE');
    expect(codeOf(() => createDeck([{ id: 'x' }, { id: 'x' }]))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => createDeck(cards(3), { onExhausted: 'loop' as never }))).toBe(
      'INVALID_ARGUMENT',
    );
    expect(codeOf(() => createDeck(cards(3)).draw(-1))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => createDeck(cards(3), { seed: Number.NaN }))).toBe('INVALID_SEED');
  });

  it('names a duplicate id, or an item without a string id', () => {
    expect(() => createDeck([{ id: 'x' }, { id: 'x' }])).toThrowError(
      'createDeck: duplicate id "x".',
    );
    expect(() => createDeck([{ id: 'x' }, null] as never)).toThrowError(
      'createDeck: needs string ids, got undefined.',
    );
    expect(() => createDeck([{ id: 7 }] as never)).toThrowError(
      'createDeck: needs string ids, got 7.',
    );
  });

  it('reads missing or null options as no options', () => {
    const deck = createDeck(cards(3), null as never);
    expect(deck.draw(3)).toHaveLength(3);
    expect(createDeck(cards(3), undefined).size).toBe(3);
  });

  it('handles an empty deck', () => {
    const deck = createDeck([], { onExhausted: 'reshuffle' });
    expect(deck.draw(3)).toEqual([]);
    expect(deck.peek()).toBeUndefined();
  });

  it('keeps onExhausted in the state, so a restored deck behaves the same', () => {
    const deck = createDeck(cards(3), { seed: 'keep', onExhausted: 'reshuffle' });
    deck.draw(3);
    const state = JSON.parse(JSON.stringify(deck.state()));
    expect(state.onExhausted).toBe('reshuffle');
    const restored = createDeck(cards(3), { state });
    expect(restored.draw(2)).toHaveLength(2);
    expect(restored.round).toBe(1);
    expect(createDeck(cards(3), { state, onExhausted: 'stop' }).draw(2)).toEqual([]);
  });

  it('matches golden vectors for later rounds and added cards (pinned)', () => {
    const deck = createDeck(cards(6), { seed: 'golden', onExhausted: 'reshuffle' });
    expect(ids(deck.draw(12))).toEqual(GOLDEN_ROUNDS);
    const state = createDeck(cards(4), { seed: 'golden' }).state();
    expect(ids(createDeck(cards(6), { state }).draw(6))).toEqual(GOLDEN_ADDED);
  });
});
