import { stripVTControlCharacters } from 'node:util';
import { createColors } from 'picocolors';
import { describe, expect, it } from 'vitest';
import { wrapParts, wrapText } from './wrap-text.js';

const colors = createColors(true);
const text =
  'Terms to work in: moratorium, temperature trigger, heating season, arrears growth, arrearage forgiveness, disconnection reporting, small-balance limit';

describe('wrapText', () => {
  for (const [name, styled] of [
    ['plain', text],
    ['coloured', colors.dim(text.replace('moratorium', colors.yellow('moratorium')))],
  ] as const) {
    it(`wraps ${name} text at the visible width, between words`, () => {
      const lines = wrapText(styled, 40, '    ', '  ').split('\n');
      const visible = lines.map((line) => stripVTControlCharacters(line));
      expect(visible.every((line) => line.length <= 40)).toBe(true);
      // Lines are filled: the next word would not have fitted on the line before.
      visible.slice(1).forEach((line, i) => {
        const first = line.trim().split(' ')[0] ?? '';
        expect((visible[i] as string).length + 1 + first.length).toBeGreaterThan(40);
      });
      expect(visible.join(' ').split(/\s+/).filter(Boolean)).toEqual(text.split(' '));
    });
  }
});

describe('wrapParts', () => {
  it('breaks only between parts, keeping "4 min" and lists whole', () => {
    const parts = [
      'Vulnerable customers and affordability',
      'general',
      'advanced',
      'manager, director',
      '4 min',
    ];
    expect(wrapParts(parts, 60, '   ', '1. ')).toBe(
      '1. Vulnerable customers and affordability · general\n   · advanced · manager, director · 4 min',
    );
    expect(wrapParts(parts, 200)).toBe(parts.join(' · '));
  });
});
