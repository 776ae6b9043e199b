import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { FOLDED_LINE_WIDTH, formatContentYaml } from './canonical-yaml.js';
import { contentFilesByKind } from './content-files-by-kind.js';
import { loadContent } from './load-content.js';

const SAMPLE =
  'Our estimated bills had crept up after a vendor change, and I was asked to bring them back down within a quarter without adding meter readers. I mapped the misses by route, found two routes where access codes had lapsed, had them renewed, and moved the worst meters to the next AMI wave. Estimates fell from nine percent to three.';

// A question written by hand in a loose layout: keys out of order, lists in the "wrong"
// style, needless quotes, the sample answer on one long line.
const LOOSE = `# yaml-language-server: $schema=../../../schema/json-schema/question.schema.json
text: "How would you bring a rising estimated-bill rate back down?"
id: estimated-bills-down
related:
  - other-question
guidance:
  sampleAnswer: ${SAMPLE}
  intent: Whether the candidate finds causes before fixes.
  keyPoints: [Finds the causes by route., "Fixes access: codes, keys, dogs."]
  redFlags:
    - 'Hires more readers first.'
  followUps: [What if AMI is years away?]
  keyTerms:
    - estimated bill
    - AMI
tags:
  - estimated-bills
  - meter-reading
category: billing-and-metering
`;

const CANONICAL = `# yaml-language-server: $schema=../../../schema/json-schema/question.schema.json
id: estimated-bills-down
text: How would you bring a rising estimated-bill rate back down?
category: billing-and-metering
tags: [estimated-bills, meter-reading]
guidance:
  intent: >-
    Whether the candidate finds causes before fixes.
  keyPoints:
    - Finds the causes by route.
    - "Fixes access: codes, keys, dogs."
  redFlags:
    - Hires more readers first.
  sampleAnswer: >-
    Our estimated bills had crept up after a vendor change, and I was asked to bring them
    back down within a quarter without adding meter readers. I mapped the misses by route,
    found two routes where access codes had lapsed, had them renewed, and moved the worst
    meters to the next AMI wave. Estimates fell from nine percent to three.
  followUps:
    - What if AMI is years away?
  keyTerms: [estimated bill, AMI]
related: [other-question]
`;

describe('formatContentYaml', () => {
  it('orders keys as the schema does and styles lists and strings canonically', () => {
    expect(formatContentYaml(LOOSE, 'question')).toBe(CANONICAL);
  });

  it('changes the layout only, never the data', () => {
    expect(parse(formatContentYaml(LOOSE, 'question'))).toEqual(parse(LOOSE));
  });

  it('is idempotent', () => {
    expect(formatContentYaml(CANONICAL, 'question')).toBe(CANONICAL);
  });

  it('wraps folded blocks within the line width and leaves other strings whole', () => {
    const long = `${'word '.repeat(60).trim()}.`;
    const out = formatContentYaml(
      `id: x\ntext: ${long}\nguidance:\n  intent: ${long}\n`,
      'question',
    );
    const lines = out.split('\n');
    expect(lines[1]).toBe(`text: ${long}`);
    const intentLines = lines.slice(3).filter((line) => line.startsWith('    '));
    expect(intentLines.length).toBeGreaterThan(2);
    for (const line of intentLines) expect(line.length).toBeLessThanOrEqual(FOLDED_LINE_WIDTH);
  });

  it('orders vocabulary entries by their schema and folds only role descriptions', () => {
    const description = `Leads ${'the customer relationship and '.repeat(4)}more.`;
    expect(formatContentYaml(`- label: Rate cases\n  id: rate-cases\n`, 'tags')).toBe(
      '- id: rate-cases\n  label: Rate cases\n',
    );
    expect(formatContentYaml(`- id: r\n  description: ${description}\n`, 'roles')).toMatch(
      /^- id: r\n {2}description: >-\n {4}Leads/,
    );
    expect(formatContentYaml(`- id: c\n  description: ${description}\n`, 'categories')).toBe(
      `- id: c\n  description: ${description}\n`,
    );
  });

  it('throws on YAML that does not parse', () => {
    expect(() => formatContentYaml('id: a\nid: b\n', 'question')).toThrow(/unique/i);
  });
});

describe('content/', () => {
  it('is in the canonical layout (run `pnpm format` to fix)', () => {
    const files = contentFilesByKind(loadContent(join(import.meta.dirname, '..')));
    const loose = files
      .filter(({ file, kind }) => formatContentYaml(file.text, kind) !== file.text)
      .map(({ file }) => file.path);
    expect(files.length).toBeGreaterThan(200);
    expect(loose).toEqual([]);
  });
});
