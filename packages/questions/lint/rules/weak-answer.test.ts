import { describe, expect, it } from 'vitest';
import { context, question, source, withGuidance } from '../../test/lint-context.js';
import { weakAnswer } from './weak-answer.js';

const messages = (q: ReturnType<typeof question>) =>
  weakAnswer.check(context(source(q))).map((p) => `${p.field}: ${p.message}`);

const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');

describe(weakAnswer.name, () => {
  it('passes a first-person weak answer that commits a cued flag', () => {
    expect(messages(question('a'))).toEqual([]);
  });

  it('reports a missing weak answer', () => {
    const { weakAnswer: _, ...guidance } = question('a').guidance;
    expect(messages({ ...question('a'), guidance })).toEqual(['guidance.weakAnswer: is missing']);
  });

  it('reports one too short or too long', () => {
    expect(
      messages(
        withGuidance(question('a'), { weakAnswer: `I said the bill is correct. ${words(20)}` }),
      ),
    ).toEqual(['guidance.weakAnswer: has 26 words; expected 40 to 200']);
    expect(
      messages(
        withGuidance(question('a'), { weakAnswer: `I said the bill is correct. ${words(200)}` }),
      ),
    ).toEqual(['guidance.weakAnswer: has 206 words; expected 40 to 200']);
  });

  it('reports one not in the first person, or committing no cued flag', () => {
    const third = `The agent says the bill is correct and moves on. ${words(35)}`;
    expect(messages(withGuidance(question('a'), { weakAnswer: third }))).toEqual([
      'guidance.weakAnswer: is not in the first person',
    ]);
    const harmless = `I would explain the bill kindly and offer help. ${words(35)}`;
    expect(messages(withGuidance(question('a'), { weakAnswer: harmless }))).toEqual([
      'guidance.weakAnswer: says none of the red-flag cues; it must commit a flag in words a cue catches',
    ]);
  });

  it('reports a run of eight words copied from the sample answer', () => {
    const copied = `I said the bill is correct. I would check the read history before I explain anything. ${words(30)}`;
    expect(messages(withGuidance(question('a'), { weakAnswer: copied }))).toEqual([
      'guidance.weakAnswer: repeats the sample answer: "i would check the read history before i"',
    ]);
  });
});
