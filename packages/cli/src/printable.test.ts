import { describe, expect, it } from 'vitest';
import { printable } from './printable.js';

describe('printable', () => {
  it('writes controls a terminal acts on as escapes, and keeps tabs and line breaks', () => {
    expect(printable('a\u001b[31mb\u0000c\rd\be\u007f\u009bf')).toBe(
      'a\\u001b[31mb\\u0000c\\rd\\be\\u007f\\u009bf',
    );
    expect(printable('tab\there\nnext line')).toBe('tab\there\nnext line');
  });

  it('writes the bidirectional controls that reorder a line as escapes', () => {
    expect(printable('\u202eevil\u2066x\u2069')).toBe('\\u202eevil\\u2066x\\u2069');
  });

  it('leaves other text alone: emoji, right-to-left script, combining marks', () => {
    const text = '🙂 👩🏽‍💻 مرحبا שלום e\u0301 straße \u00a0';
    expect(printable(text)).toBe(text);
  });
});
