import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCatalog, withReadmeSummary } from './generate-catalog.js';
import { GENERATED_BANNER, generateModules } from './generate-modules.js';
import { loadContent } from './load-content.js';
import { validateContent } from './validate-content.js';

const packageDir = join(import.meta.dirname, '..');

function build() {
  const validation = validateContent(loadContent(packageDir));
  if (!validation.ok) throw new Error(validation.problems.join('\n'));
  return {
    bank: validation.bank,
    modules: generateModules(validation.bank),
    catalog: generateCatalog(validation.bank),
  };
}

describe('generated files', () => {
  const first = build();

  it('validate cleanly from content/', () => {
    expect(first.modules.size).toBe(18);
  });

  it('are reproducible: two builds give identical bytes', () => {
    const second = build();
    expect([...second.modules]).toEqual([...first.modules]);
    expect(second.catalog).toBe(first.catalog);
  });

  it.each([...first.modules.keys()])('%s is committed and current', (path) => {
    const text = readFileSync(join(packageDir, path), 'utf8');
    expect(text.startsWith(GENERATED_BANNER)).toBe(true);
    expect(text).toBe(first.modules.get(path));
  });

  it('docs/questions.md is committed and current', () => {
    expect(readFileSync(join(packageDir, '..', '..', 'docs', 'questions.md'), 'utf8')).toBe(
      first.catalog,
    );
  });

  it('the root README states the current size and mix', () => {
    const readme = readFileSync(join(packageDir, '..', '..', 'README.md'), 'utf8');
    expect(withReadmeSummary(readme, first.bank)).toBe(readme);
    expect(readme).toContain(`${first.bank.questions.length} questions in 16 categories`);
  });
});
