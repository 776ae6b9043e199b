import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The typedoc site reads like a docs site: guides first with real titles, a home page
 * without a second heading, and no link that typedoc would turn into a raw copy of a
 * repository file.
 */
const REPO = join(import.meta.dirname, '..');
const config = JSON.parse(readFileSync(join(REPO, 'typedoc.json'), 'utf8'));
const documents: string[] = config.projectDocuments;
const read = (path: string) => readFileSync(join(REPO, path), 'utf8');
const frontMatter = (text: string) =>
  Object.fromEntries(
    (text.match(/^---\n([\s\S]*?)\n---\n/)?.[1] ?? '')
      .split('\n')
      .map((line) => line.split(/:\s*/, 2) as [string, string]),
  );

describe('the docs site', () => {
  it('publishes every guide, each with a title and a group', () => {
    const guides = readdirSync(join(REPO, 'docs', 'guides')).map((file) => `docs/guides/${file}`);
    expect(documents).toEqual(expect.arrayContaining(guides));
    for (const path of documents) {
      const { title, group } = frontMatter(read(path));
      expect(title, path).toMatch(/^[A-Z][^-]*$/);
      expect(['Guides', 'Reference'], path).toContain(group);
    }
  });

  it('opens on a home page with no heading of its own, linking the guides first', () => {
    const home = read(config.readme);
    expect(home).not.toMatch(/^# /m);
    const firstGuide = home.indexOf('](guides/');
    expect(firstGuide).toBeGreaterThan(0);
    expect(firstGuide).toBeLessThan(home.indexOf('{@link'));
  });

  it('links from the documents only to other documents or to absolute addresses', () => {
    for (const path of [config.readme, ...documents]) {
      const links = [...read(path).matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1] as string);
      const relative = links.filter((link) => !/^(https?:|mailto:|#)/.test(link));
      for (const link of relative) {
        const target = join(REPO, path, '..', link.split('#')[0] as string);
        expect(documents, `${path} links to ${link}`).toContain(target.slice(REPO.length + 1));
      }
    }
  });
});
