import { describe, expect, it } from 'vitest';
import { sampleBank, sampleQuestion } from '../test/sample-bank.js';
import { safeParseBank } from './safe-parse-bank.js';

/** The issues for a bank whose only question is changed by `change`. */
function issuesFor(change: (question: Record<string, unknown>) => void): string[] {
  const question = structuredClone(sampleQuestion('q')) as Record<string, unknown>;
  change(question);
  const result = safeParseBank({ ...sampleBank(), questions: [question] });
  return result.success ? [] : result.error.issues.map((i) => `${i.path}: ${i.message}`);
}

describe('shape problems, in words', () => {
  it('names a misspelt value, suggests the closest and lists the valid ones', () => {
    expect(issuesFor((q) => Object.assign(q, { type: 'behavioural' }))).toEqual([
      'questions[0].type: "behavioural" is not a valid type. Did you mean "behavioral"? Valid values: behavioral, situational, technical, general, exercise.',
    ]);
  });

  it('says what was expected and what was found', () => {
    expect(issuesFor((q) => Object.assign(q, { seniority: 'manager' }))).toEqual([
      'questions[0].seniority: Expected a list, found text "manager".',
    ]);
    expect(issuesFor((q) => Object.assign(q, { estimatedMinutes: 'five' }))).toEqual([
      'questions[0].estimatedMinutes: Expected a number, found text "five".',
    ]);
  });

  it('names a missing field, an empty one and an unknown one', () => {
    expect(
      issuesFor((q) => {
        delete (q.guidance as Record<string, unknown>).keyPoints;
      }),
    ).toEqual(['questions[0].guidance.keyPoints: Missing: this field is required (a list).']);
    expect(issuesFor((q) => Object.assign(q, { text: '' }))).toEqual([
      'questions[0].text: Must not be empty.',
    ]);
    expect(issuesFor((q) => Object.assign(q, { categry: 'x' }))).toEqual([
      'questions[0]: Unknown field "categry". Did you mean "category"?',
    ]);
  });

  it('reads nothing like zod internals', () => {
    const messages = [
      ...issuesFor((q) => Object.assign(q, { difficulty: 3, tags: 'x', roles: [] })),
      ...issuesFor((q) => Object.assign(q, { estimatedMinutes: -1 })),
    ];
    expect(messages.length).toBeGreaterThan(2);
    for (const message of messages)
      expect(message).not.toMatch(/Invalid input|Invalid option|received|Unrecognized/);
  });
});
