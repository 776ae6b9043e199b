import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { questions } from '@prepdeck/questions';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { REPO, runCli } from './run-cli.js';

const COMMANDS = [
  'ask',
  'show',
  'list',
  'stats',
  'practice',
  'review',
  'export',
  'kit',
  'validate',
];
const ESCAPE = '\u001b[';
const scratch = () => mkdtempSync(join(tmpdir(), 'prepdeck-test-'));

describe('prepdeck as a process', () => {
  it('documents every command, with examples, in 80 columns', () => {
    const tooWide = (text: string) => text.split('\n').filter((line) => line.length > 80);
    const help = runCli(['--help'], { COLUMNS: '80' });
    expect(help.code).toBe(0);
    expect(tooWide(help.stdout)).toEqual([]);
    for (const command of COMMANDS) expect(help.stdout).toContain(command);
    for (const command of COMMANDS) {
      const own = runCli([command, '--help'], { COLUMNS: '80' });
      expect(own.code, command).toBe(0);
      expect(own.stdout, command).toContain('Examples:');
      expect(own.stdout, command).toContain(`$ prepdeck ${command}`);
      expect(tooWide(own.stdout), command).toEqual([]);
    }
  });

  it('asks five questions, the same five for the same seed, in plain text', () => {
    const first = runCli(['ask', '-n', '5', '--seed', 'demo']);
    expect(first.code).toBe(0);
    expect(first.stdout.match(/^\d\. /gm)).toHaveLength(5);
    expect(runCli(['ask', '-n', '5', '--seed', 'demo']).stdout).toBe(first.stdout);
    expect(runCli(['ask', '-n', '5', '--seed', 'other']).stdout).not.toBe(first.stdout);
    expect(first.stdout).not.toContain(ESCAPE);
  });

  it('says when no question matches and exits 1, and words a short pool by its count', () => {
    const none = runCli(['ask', '--search', 'zzzzqx']);
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/No questions match these filters/);
    expect(none.stdout).toBe('');
    const all = JSON.parse(
      runCli(['ask', '-n', '1000', '--category', 'key-accounts', '--json']).stdout,
    );
    expect(all.length).toBeGreaterThan(1);
    const short = runCli(['ask', '-n', '1000', '--category', 'key-accounts']);
    expect(short.code).toBe(0);
    expect(short.stderr).toContain(`Only ${all.length} questions match; showing all of them.`);
  });

  it('lists the ids of the questions the filters match', () => {
    const listed = JSON.parse(
      runCli(['list', 'questions', '--category', 'key-accounts', '--json']).stdout,
    ) as { id: string; category: string }[];
    const asked = JSON.parse(
      runCli(['ask', '-n', '1000', '--category', 'key-accounts', '--json']).stdout,
    ) as { id: string }[];
    expect(listed.map((q) => q.id).sort()).toEqual(asked.map((q) => q.id).sort());
    expect(new Set(listed.map((q) => q.category))).toEqual(new Set(['key-accounts']));
    const text = runCli(['list', 'questions', '--category', 'key-accounts']).stdout;
    expect(text.trim().split('\n')).toHaveLength(listed.length);
    const misplaced = runCli(['list', 'tags', '--category', 'key-accounts']);
    expect(misplaced.code).toBe(2);
    expect(misplaced.stderr).toContain('apply to "list questions" only');
  });

  it('prints JSON with and without guidance', () => {
    const plain = JSON.parse(runCli(['ask', '-n', '3', '--seed', '1', '--json']).stdout);
    expect(plain).toHaveLength(3);
    expect(plain[0]).not.toHaveProperty('guidance');
    const full = JSON.parse(
      runCli(['ask', '-n', '3', '--seed', '1', '--json', '--guidance']).stdout,
    );
    expect(full.map((q: { id: string }) => q.id)).toEqual(plain.map((q: { id: string }) => q.id));
    expect(full[0].guidance.keyPoints.length).toBeGreaterThanOrEqual(3);
  });

  it('filters by every flag', () => {
    const result = JSON.parse(
      runCli([
        'ask',
        '-n',
        '50',
        '--json',
        '--category',
        'billing-and-metering,credit-and-collections',
        '--difficulty',
        'intermediate..advanced',
        '--seniority',
        'manager',
        '--type',
        'situational',
      ]).stdout,
    );
    expect(result.length).toBeGreaterThan(0);
    for (const q of result) {
      expect(['billing-and-metering', 'credit-and-collections']).toContain(q.category);
      expect(q.difficulty).not.toBe('foundational');
      expect(q.type).toBe('situational');
    }
    const searched = JSON.parse(
      runCli(['ask', '-n', '50', '--json', '--search', 'estimated read']).stdout,
    );
    expect(searched.map((q: { id: string }) => q.id)).toContain('high-bill-after-estimated-reads');
  });

  it('balances by category', () => {
    const result = JSON.parse(
      runCli(['ask', '-n', '16', '--json', '--balance-by', 'category', '--seed', 'x']).stdout,
    );
    expect(new Set(result.map((q: { category: string }) => q.category)).size).toBe(16);
  });

  it.each([
    [['ask', '--categry', 'x'], /unknown option '--categry'[\s\S]*Did you mean --category\?/],
    [
      ['ask', '--category', 'billing'],
      /Unknown category "billing" in --category\. Did you mean "billing-and-metering"\?/,
    ],
    [
      ['ask', '--difficulty', 'hard'],
      /Unknown difficulty "hard" in --difficulty\. Valid difficulties: foundational, intermediate, advanced/,
    ],
    [['ask', '-n', '0'], /Expected a whole number from 1 up/],
    [
      ['ask', '--balance-by', 'tag'],
      /Allowed choices are category, type, difficulty, seniority, none/,
    ],
    [['export', '--format', 'pdf'], /Allowed choices are md, csv, json, questions-json, anki/],
    [['list', 'teams'], /Allowed choices are questions, categories, tags, competencies, roles/],
    [['quiz'], /unknown command 'quiz'/],
  ])('exits 2 with the valid choices for %j', (args, message) => {
    const result = runCli(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it('writes an interviewer kit as Markdown, HTML or JSON, the same for the same seed', () => {
    const md = runCli(['kit', '--minutes', '30', '--seed', 'panel-1']);
    expect(md.code).toBe(0);
    expect(md.stdout).toMatch(/^# Interview kit: 30 minutes, \d+ questions\n/);
    expect(md.stdout).toContain('- [ ] **Excellent**');
    expect(runCli(['kit', '--minutes', '30', '--seed', 'panel-1']).stdout).toBe(md.stdout);
    const json = JSON.parse(
      runCli(['kit', '--minutes', '30', '--seed', 'panel-1', '--format', 'json']).stdout,
    );
    expect(json.seed).toBe('panel-1');
    expect(json.plannedMinutes).toBeLessThanOrEqual(30);
    expect(json.plannedMinutes).toBeGreaterThanOrEqual(24);
    expect(json.items[0].part).toBe('warm-up');
    const dir = scratch();
    const out = join(dir, 'kit.html');
    const html = runCli([
      'kit',
      '--minutes',
      '45',
      '--seniority',
      'director',
      '--format',
      'html',
      '--out',
      out,
    ]);
    expect(html.code).toBe(0);
    expect(html.stderr).toMatch(
      /^Wrote a \d+-minute kit of \d+ questions to .*kit\.html \(html, seed /,
    );
    expect(readFileSync(out, 'utf8')).toMatch(/^<!doctype html>/);
  });

  it('explains a kit it cannot plan, with exit 2 for bad flags and 1 for an unmet budget', () => {
    for (const minutes of ['0', '-5', 'ten', '2.5']) {
      const bad = runCli(['kit', '--minutes', minutes]);
      expect(bad.code, minutes).toBe(2);
      expect(bad.stderr).toContain('Expected a whole number from 1 up.');
    }
    const missing = runCli(['kit']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("required option '--minutes <n>' not specified");
    const place = runCli(['kit', '--minutes', '30', '--jurisdiction', 'uk']);
    expect(place.code).toBe(2);
    expect(place.stderr).toContain('Unknown jurisdiction "uk" in --jurisdiction.');
    const unmet = runCli(['kit', '--minutes', '300', '--category', 'key-accounts']);
    expect(unmet.code).toBe(1);
    expect(unmet.stderr).toMatch(
      /^Cannot plan this interview: the matching questions fill only \d+ of 300 minutes/,
    );
  });

  it('filters by jurisdiction in every selecting command', () => {
    for (const command of ['ask', 'practice', 'review', 'export', 'kit']) {
      expect(runCli([command, '--help']).stdout, command).toContain('--jurisdiction <ids>');
    }
    const gb = runCli(['ask', '-n', '50', '--jurisdiction', 'gb', '--json']);
    expect(gb.code).toBe(0);
    const picked: { id: string; jurisdictions?: string[] }[] = JSON.parse(gb.stdout);
    expect(picked.length).toBeGreaterThan(0);
    for (const q of picked) {
      // A question with no places holds anywhere; one with places holds in GB or a part of it.
      const places = q.jurisdictions ?? [];
      if (places.length > 0)
        expect(
          places.some((p) => p === 'gb' || p.startsWith('gb-')),
          q.id,
        ).toBe(true);
    }
    expect(runCli(['list', 'jurisdictions']).stdout).toMatch(/^us\s+\d+\s+United States$/m);
  });

  it('shows a merged question under its new id, saying so', () => {
    const custom = JSON.parse(
      readFileSync(join(REPO, 'examples', 'custom-bank', 'bank.json'), 'utf8'),
    );
    const target = custom.questions[0].id;
    const file = join(scratch(), 'moved-bank.json');
    writeFileSync(file, JSON.stringify({ ...custom, moved: { 'an-old-question': target } }));
    const shown = runCli(['show', 'an-old-question', '--bank', file]);
    expect(shown.code).toBe(0);
    expect(shown.stderr).toContain(
      `"an-old-question" was merged into "${target}"; showing that question.`,
    );
    expect(shown.stdout).toContain(`id: ${target}`);
  });

  it('shows one question, or suggests close ids', () => {
    const shown = runCli(['show', 'high-bill-after-estimated-reads']);
    expect(shown.code).toBe(0);
    for (const heading of [
      'A strong answer covers',
      'Red flags',
      'What an answer at each level sounds like',
      'A weak answer, for contrast',
      'A strong answer',
      'Follow-ups',
      'Related',
    ]) {
      expect(shown.stdout).toContain(heading);
    }
    const missing = runCli(['show', 'high-bill-estimated']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('No question has the id "high-bill-estimated". Did you mean:');
    expect(missing.stderr).toContain('high-bill-after-estimated-reads');
  });

  it('lists vocabularies with counts and shows the coverage table', () => {
    const categories = runCli(['list', 'categories']);
    expect(categories.stdout.trim().split('\n')).toHaveLength(16);
    const tags = JSON.parse(runCli(['list', 'tags', '--json']).stdout);
    expect(tags.every((tag: { questions: number }) => tag.questions >= 3)).toBe(true);
    const stats = runCli(['stats']);
    expect(stats.stdout).toMatch(
      new RegExp(`^All\\s+\\d+\\s+\\d+\\s+\\d+\\s+${questions.length}$`, 'm'),
    );
    expect(JSON.parse(runCli(['stats', '--json']).stdout).total).toBe(questions.length);
  });

  it('exports CSV, Anki and files', () => {
    const csv = runCli(['export', '--format', 'csv', '--category', 'key-accounts']);
    const rows = parseCsv(csv.stdout, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(questions.filter((q) => q.category === 'key-accounts').length);
    expect(rows[0]?.sampleAnswer?.length).toBeGreaterThan(100);
    const anki = runCli(['export', '--format', 'anki', '--deck', 'Utility', '--no-guidance']);
    expect(anki.stdout).toContain('#deck:Utility');
    expect(anki.stdout).toContain('#guid column:1');
    const out = join(scratch(), 'bank.json');
    const written = runCli(['export', '--format', 'json', '--out', out]);
    expect(written.code).toBe(0);
    expect(written.stderr).toContain(`Wrote ${questions.length} questions to ${out}`);
    expect(JSON.parse(readFileSync(out, 'utf8')).questions).toHaveLength(questions.length);
  });

  it('exports a bank that validate accepts and --bank loads, or a bare array', () => {
    const out = join(scratch(), 'key-accounts.json');
    const written = runCli([
      'export',
      '--format',
      'json',
      '--category',
      'key-accounts',
      '--out',
      out,
    ]);
    expect(written.code).toBe(0);
    const keyAccounts = questions.filter((q) => q.category === 'key-accounts');
    const exported = JSON.parse(readFileSync(out, 'utf8'));
    expect(exported.questions.map((q: { id: string }) => q.id)).toEqual(
      keyAccounts.map((q) => q.id),
    );
    // Related ids that point outside the export are dropped, so the bank stays valid.
    expect(runCli(['validate', out])).toMatchObject({ code: 0 });
    const asked = runCli(['list', 'questions', '--bank', out]);
    expect(asked.stdout.trim().split('\n')).toHaveLength(keyAccounts.length);

    const array = runCli(['export', '--format', 'questions-json', '--no-guidance', '-n', '3']);
    const items = JSON.parse(array.stdout);
    expect(items.map((q: { id: string }) => q.id)).toEqual(questions.slice(0, 3).map((q) => q.id));
    expect(items[0].guidance).toBeUndefined();

    const seeded = (seed: string) =>
      JSON.parse(
        runCli(['export', '--format', 'questions-json', '-n', '4', '--seed', seed]).stdout,
      ).map((q: { id: string }) => q.id);
    expect(seeded('week-1')).toEqual(seeded('week-1'));
    expect(seeded('week-1')).not.toEqual(seeded('week-2'));

    const noGuidance = runCli(['export', '--format', 'json', '--no-guidance']);
    expect(noGuidance.code).toBe(2);
    expect(noGuidance.stderr).toContain('--format questions-json --no-guidance');
    expect(runCli(['export', '--help']).stdout).toMatch(
      /--format <format>\s+output format, required/,
    );
  });

  it('validates banks: valid, invalid with paths, unreadable', () => {
    const valid = runCli(['validate', 'examples/custom-bank/bank.json']);
    expect(valid.code).toBe(0);
    expect(valid.stdout).toContain('valid bank with 2 questions');

    const dir = scratch();
    const bank = JSON.parse(readFileSync(join(REPO, 'examples/custom-bank/bank.json'), 'utf8'));
    bank.questions[1].category = 'billing';
    bank.questions[0].type = 'quiz';
    writeFileSync(join(dir, 'broken.json'), JSON.stringify(bank));
    const broken = runCli(['validate', join(dir, 'broken.json')]);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain('questions[0].type:');

    writeFileSync(join(dir, 'bank.yaml'), 'roles: [\n');
    const badYaml = runCli(['validate', join(dir, 'bank.yaml')]);
    expect(badYaml.code).toBe(1);
    expect(badYaml.stderr).toContain('is not valid YAML');

    const missing = runCli(['validate', 'no/such/bank.json']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('Cannot read no/such/bank.json: no such file.');
  });

  it('swaps in a custom bank with --bank, and explains a bad one', () => {
    const custom = JSON.parse(
      runCli(['ask', '-n', '5', '--json', '--bank', 'examples/custom-bank/bank.json']).stdout,
    );
    expect(custom).toHaveLength(2);
    const dir = scratch();
    writeFileSync(join(dir, 'empty.json'), '{"roles": []}');
    const invalid = runCli(['ask', '--bank', join(dir, 'empty.json')]);
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toMatch(/is not a valid bank \(\d+ problems\):\n {2}roles: /);
    const missing = runCli(['stats', '--bank', 'nope.json']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('Cannot read nope.json: no such file.');
  });

  it('refuses practice and review without a terminal instead of hanging', () => {
    for (const command of ['practice', 'review']) {
      const result = runCli([command]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`prepdeck ${command} needs an interactive terminal`);
    }
    const jsonAlone = runCli(['review', '--json']);
    expect(jsonAlone.code).toBe(2);
    expect(jsonAlone.stderr).toContain('needs --stats: run `prepdeck review --stats --json`');
    expect(jsonAlone.stderr).not.toContain('interactive terminal');
    const stats = runCli(['review', '--stats', '--json']);
    expect(stats.code).toBe(0);
    expect(JSON.parse(stats.stdout)).toMatchObject({
      studied: 0,
      unseen: questions.length,
      dueNow: 0,
      levels: { poor: 0, mixed: 0, good: 0, excellent: 0 },
    });
  });
});
