import { describe, expect, it } from 'vitest';
import { detectStar, STAR_CUES, type StarPart } from './detect-star.js';

function partsFound(answer: string): StarPart[] {
  const review = detectStar(answer);
  return (['situation', 'task', 'action', 'result'] as const).filter((part) => review[part]);
}

describe('detectStar', () => {
  it('finds every part of a STAR answer', () => {
    expect(
      detectStar(
        'In my last role our repeat calls were high. My goal was to halve them. ' +
          'I rebuilt the call guide and we trained every agent. Repeat calls fell by a third.',
      ),
    ).toEqual({ situation: true, task: true, action: true, result: true, missing: [] });
  });

  it('lists the missing parts in STAR order', () => {
    expect(detectStar('I would call the customer back.')).toEqual({
      situation: false,
      task: false,
      action: false,
      result: false,
      missing: ['situation', 'task', 'action', 'result'],
    });
  });

  it.each<[string, StarPart[]]>([
    ['At my previous company, things were slow.', ['situation']],
    ['When I was a team lead, calls piled up.', ['situation']],
    ['Two years ago, a storm hit.', ['situation']],
    ['A customer called us nine times in a month.', ['situation']],
    ['At a water utility, complaints had doubled. I called.', ['situation', 'action']],
    ['It is a hard job. I called.', ['action']],
    ['At a water and sewer utility, bills are high.', ['situation']],
    ['As a collections supervisor at a utility, I ran reports.', ['situation', 'action']],
    ['I called the customer.', ['action']],
    ['We then quickly introduced a callback.', ['action']],
    ['I needed to cut the backlog.', ['task']],
    ['I was asked to fix the queue.', ['task']],
    ['It was my job to fix the queue.', ['task']],
    ['Complaints dropped 30%.', ['result']],
    ['Within six months the backlog was gone.', ['result']],
    ['As a result, agents stayed.', ['result']],
    ['We saw handle time go from 9 to 6 minutes.', ['result']],
    ['I cut repeat complaints by about a third.', ['action', 'result']],
  ])('reads %j as %j', (answer, parts) => {
    expect(partsFound(answer)).toEqual(parts);
  });

  it('does not take a need or a feeling for an action', () => {
    expect(partsFound('I needed help. We wanted change. I used to wait.')).toEqual([]);
  });

  it('ignores case and accents', () => {
    expect(partsFound('IN MY LAST RÔLE, I CALLED HER. COMPLAINTS FELL BY 20%.')).toEqual([
      'situation',
      'action',
      'result',
    ]);
  });

  it('has cues for every part', () => {
    for (const part of ['situation', 'task', 'action', 'result'] as const) {
      expect(STAR_CUES[part].length).toBeGreaterThan(0);
    }
  });
});
