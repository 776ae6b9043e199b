import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeDue } from './describe-due.js';

describe('describeDue', () => {
  const zone = process.env.TZ;
  beforeEach(() => {
    process.env.TZ = 'America/New_York';
  });
  afterEach(() => {
    process.env.TZ = zone;
  });

  // 2026-03-02 14:00 UTC is 09:00 in New York.
  const now = new Date('2026-03-02T14:00:00Z');
  const after = (minutes: number) => new Date(now.getTime() + minutes * 60_000);

  it('says when, in local time, nearest first', () => {
    expect(describeDue(after(-5), now)).toBe('now');
    expect(describeDue(after(1), now)).toBe('in 1 minute (09:01)');
    expect(describeDue(after(13), now)).toBe('in 13 minutes (09:13)');
    expect(describeDue(after(9 * 60), now)).toBe('today at 18:00');
    expect(describeDue(after(24 * 60), now)).toBe('tomorrow at 09:00');
    expect(describeDue(after(3 * 24 * 60), now)).toBe('on Thursday at 09:00');
    // New York moves its clocks on 8 March: the same instant a day later reads an hour on.
    expect(describeDue(after(12 * 24 * 60), now)).toBe('on 14 Mar at 10:00');
    expect(describeDue(new Date('2027-01-05T14:00:00Z'), now)).toBe('on 5 Jan 2027 at 09:00');
  });

  it('counts days by the local calendar, not by UTC', () => {
    // 23:30 in New York is already the next day in UTC.
    expect(describeDue(new Date('2026-03-03T04:30:00Z'), now)).toBe('today at 23:30');
  });
});
