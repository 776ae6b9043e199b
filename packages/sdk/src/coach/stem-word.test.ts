import { describe, expect, it } from 'vitest';
import { stemWord } from './stem-word.js';

describe('stemWord', () => {
  it.each([
    ['reads', 'read'],
    ['reading', 'read'],
    ['readings', 'read'],
    ['billing', 'bill'],
    ['billed', 'bill'],
    ['called', 'call'],
    ['missed', 'miss'],
    ['added', 'add'],
    ['stopped', 'stop'],
    ['planning', 'plan'],
    ['setting', 'set'],
    ['policies', 'policy'],
    ['applied', 'apply'],
    ['applies', 'apply'],
    ['estimate', 'estimat'],
    ['estimated', 'estimat'],
    ['estimates', 'estimat'],
    ['estimating', 'estimat'],
    ['agree', 'agre'],
    ['agreed', 'agre'],
    ['reaches', 'reach'],
    ['access', 'access'],
    ['status', 'status'],
    ['analysis', 'analysis'],
    ['thing', 'thing'],
    ['things', 'thing'],
    ['use', 'use'],
    ['fee', 'fee'],
    ['fees', 'fee'],
    ['arrears', 'arrear'],
    ['liheap', 'liheap'],
  ])('stems %s to %s', (word, stem) => {
    expect(stemWord(word)).toBe(stem);
  });

  it('gives a word and its inflections the same stem', () => {
    for (const family of [
      ['dispute', 'disputes', 'disputed', 'disputing'],
      ['resolve', 'resolves', 'resolved', 'resolving'],
      ['history', 'histories'],
      ['meter', 'meters', 'metered', 'metering'],
      ['commit', 'commits', 'committed', 'committing'],
    ]) {
      expect(new Set(family.map(stemWord)).size).toBe(1);
    }
  });
});
