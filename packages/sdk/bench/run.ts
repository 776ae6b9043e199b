import { deepStrictEqual, ok } from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bank as realBank } from '@prepdeck/questions';
import { shuffle as lodashShuffle, sampleSize } from 'lodash-es';
import MiniSearch from 'minisearch';
import { Bench } from 'tinybench';
import { createCoach } from '../src/coach/index.js';
import type { BankLike, Criteria, QuestionIndex, QuestionLike } from '../src/index.js';
import { createIndex, createRandom, query, sample, shuffle } from '../src/index.js';
import { createSyntheticBank, FULL_SIZE } from './synthetic-bank.js';
import { createZipfTagBank, ZIPF_TAG_BANK_SIZE } from './zipf-tag-bank.js';

/*
 * Benchmarks of the SDK at 150,000 questions against the plain alternatives, pair by
 * pair; both sides of a pair are checked to return the same results before timing.
 * Run with `pnpm --filter @prepdeck/sdk bench` (node needs --expose-gc for the heap
 * figures). Writes bench/results.json.
 */

const BUILDS = 3;
const SEED = 'bench';
const TEXT_SHARE = 0.03;
const TAG_SHARE = 0.02;
const RESULTS_FILE = fileURLToPath(new URL('./results.json', import.meta.url));

const collectGarbage = globalThis.gc;
if (collectGarbage === undefined) {
  throw new Error('Run the benchmarks with `node --expose-gc` (see the bench script).');
}

/** The SDK's word normalisation: lower-cased, accents stripped, runs of letters and digits. */
function words(text: string): string[] {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

const idsOf = (questions: readonly { readonly id: string }[]) => questions.map((q) => q.id);
const sortedIds = (ids: readonly string[]) => [...ids].sort();
const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >>> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};
const round = (value: number) => Number(value.toPrecision(4));
const grouped = (n: number) => n.toLocaleString('en-US');

function formatMs(ms: number): string {
  if (ms >= 1000) return `${(ms / 1000).toPrecision(3)} s`;
  if (ms >= 1) return `${ms.toPrecision(3)} ms`;
  return `${(ms * 1000).toPrecision(3)} µs`;
}

/** Retained memory: the V8 heap plus the ArrayBuffer stores typed arrays live in. */
function memoryInUse(): number {
  const { heapUsed, external } = process.memoryUsage();
  return heapUsed + external;
}

interface Timing {
  readonly label: string;
  readonly medianMs: number;
  readonly samples: number;
}

/** Runs each task with tinybench and returns the median latencies. */
async function timeTasks(tasks: readonly (readonly [string, () => unknown])[]): Promise<Timing[]> {
  const bench = new Bench({
    time: 1000,
    iterations: 10,
    warmupTime: 200,
    warmupIterations: 5,
    throws: true,
    setup: () => collectGarbage?.(),
  });
  for (const [label, fn] of tasks) bench.add(label, fn);
  await bench.run();
  return tasks.map(([label]) => {
    const result = bench.getTask(label)?.result;
    if (result === undefined || result.state !== 'completed') {
      throw new Error(`${label}: the benchmark did not complete.`);
    }
    return { label, medianMs: result.latency.p50, samples: result.latency.samplesCount };
  });
}

interface Build<T> {
  readonly built: T;
  readonly medianMs: number;
  readonly retainedBytes: number;
}

/** Builds `BUILDS` times: the median build time and retained memory, and the last build. */
function measureBuild<T>(build: () => T): Build<T> {
  const times: number[] = [];
  const retained: number[] = [];
  let held: T | undefined;
  for (let i = 0; i < BUILDS; i++) {
    held = undefined;
    collectGarbage?.();
    collectGarbage?.();
    const before = memoryInUse();
    const start = performance.now();
    held = build();
    times.push(performance.now() - start);
    collectGarbage?.();
    collectGarbage?.();
    retained.push(memoryInUse() - before);
  }
  if (held === undefined) throw new Error('Nothing was built.');
  return { built: held, medianMs: median(times), retainedBytes: median(retained) };
}

// The bank.
const bankStart = performance.now();
const bank = createSyntheticBank();
const bankMs = performance.now() - bankStart;
const { questions } = bank;
console.log(
  `prepdeck sdk benchmarks: ${grouped(questions.length)} questions (${grouped(FULL_SIZE.roles)} roles x ${FULL_SIZE.questionsPerRole}), node ${process.version}`,
);
console.log(`synthetic bank built in ${formatMs(bankMs)}`);

// Index builds: the SDK's index, then MiniSearch configured to match its word search.
const indexBuild = measureBuild(() => createIndex(bank));
const index = indexBuild.built;
const newMiniSearch = () =>
  new MiniSearch<QuestionLike>({
    fields: ['text'],
    idField: 'id',
    tokenize: words,
    processTerm: (term) => term,
    searchOptions: { prefix: true, combineWith: 'AND' },
  });
const miniSearchBuild = measureBuild(() => {
  const miniSearch = newMiniSearch();
  miniSearch.addAll(questions);
  return miniSearch;
});
const miniSearch = miniSearchBuild.built;

// Pair 1: a three-facet query (two categories, a difficulty range, any of one tag), on
// the bench's bank and on an independently generated bank with Zipf-distributed tags and
// uniform categories and types, once with a tag on about 2% of the questions and once
// with the most common tag.
const tagCountsOf = (source: readonly QuestionLike[]) => {
  const counts = new Map<string, number>();
  for (const q of source) for (const t of q.tags) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
};
const closestTo = <T>(items: readonly T[], target: number, count: (item: T) => number): T[] =>
  [...items].sort((a, b) => Math.abs(count(a) - target) - Math.abs(count(b) - target));

interface FacetPair {
  readonly name: string;
  readonly criteria: Criteria;
  readonly tagQuestions: number;
  readonly results: number;
  readonly timings: readonly Timing[];
}

async function measureFacetQuery(
  name: string,
  source: BankLike<QuestionLike>,
  sourceIndex: QuestionIndex<QuestionLike>,
  tagShare: number | 'most common',
): Promise<FacetPair> {
  const counts = tagCountsOf(source.questions);
  const byCount = (id: string) => counts.get(id) ?? 0;
  const tagIds = source.tags.map((record) => record.id);
  const [tag] =
    tagShare === 'most common'
      ? [...tagIds].sort((a, b) => byCount(b) - byCount(a))
      : closestTo(tagIds, source.questions.length * tagShare, byCount);
  const categories = [source.categories[2]?.id, source.categories[9]?.id].filter(
    (id): id is string => id !== undefined,
  );
  if (tag === undefined || categories.length !== 2) throw new Error(`${name}: too small.`);
  const criteria: Criteria = { categories, difficulty: { min: 'intermediate' }, tags: tag };
  const categorySet = new Set(categories);
  const all = source.questions;
  const filterChain = () =>
    all
      .filter((q) => categorySet.has(q.category))
      .filter((q) => q.difficulty === 'intermediate' || q.difficulty === 'advanced')
      .filter((q) => q.tags.includes(tag));
  const ids = idsOf(sourceIndex.query(criteria));
  deepStrictEqual(idsOf(filterChain()), ids);
  deepStrictEqual(idsOf(query(source, criteria)), ids);
  ok(ids.length > 0, `${name}: the three-facet query matches nothing`);
  console.log(
    `three-facet query, ${name}: categories ${categories.join(', ')}; difficulty { min: intermediate }; tags ${tag} (${grouped(byCount(tag))} questions) -> ${grouped(ids.length)} results`,
  );
  const timings = await timeTasks([
    ['createIndex(bank).query(c)', () => sourceIndex.query(criteria)],
    ['Array.prototype.filter chain', filterChain],
    ['query(bank, c), for information', () => query(source, criteria)],
  ]);
  return { name, criteria, tagQuestions: byCount(tag), results: ids.length, timings };
}

const zipfBank = createZipfTagBank();
const zipfIndex = createIndex(zipfBank);
const facetPairs = [
  await measureFacetQuery('bench bank, 2% tag', bank, index, TAG_SHARE),
  await measureFacetQuery('Zipf-tag bank, 2% tag', zipfBank, zipfIndex, TAG_SHARE),
  await measureFacetQuery('Zipf-tag bank, most common tag', zipfBank, zipfIndex, 'most common'),
];

// Pair 2: a two-term text query.
const haystacks = questions.map((q) => ` ${words(q.text).join(' ')}`);
const scan = (text: string) => {
  const needles = words(text).map((term) => ` ${term}`);
  const found: QuestionLike[] = [];
  for (let i = 0; i < haystacks.length; i++) {
    const haystack = haystacks[i] as string;
    if (needles.every((needle) => haystack.includes(needle)))
      found.push(questions[i] as QuestionLike);
  }
  return found;
};
const vocabulary = new Set<string>();
for (const haystack of haystacks) for (const word of haystack.split(' ')) vocabulary.add(word);
const prefixes = [
  ...new Set([...vocabulary].filter((w) => w.length > 3).map((w) => w.slice(0, 3))),
].sort();
const prefixCounts = new Map(prefixes.map((p) => [p, index.count({ text: p })]));
const ranked = closestTo(prefixes, questions.length * TEXT_SHARE, (p) => prefixCounts.get(p) ?? 0);
const [first] = ranked;
const second = ranked.find(
  (p) => first !== undefined && p[0] !== first[0] && index.count({ text: `${first} ${p}` }) > 0,
);
if (first === undefined || second === undefined) throw new Error('No text query fits the bank.');
const text = `${first} ${second}`;
const searchIds = (q: string) => miniSearch.search(q).map((result) => String(result.id));
const textIds = idsOf(index.query({ text }));
deepStrictEqual(idsOf(scan(text)), textIds);
deepStrictEqual(sortedIds(searchIds(text)), sortedIds(textIds));
ok(textIds.length > 0, 'the text query matches nothing');
console.log(
  `text query "${text}": "${first}" matches ${grouped(prefixCounts.get(first) ?? 0)} questions, "${second}" ${grouped(prefixCounts.get(second) ?? 0)}, both ${grouped(textIds.length)}`,
);
const textTimings = await timeTasks([
  ['createIndex(bank).query({ text })', () => index.query({ text })],
  ['normalised substring scan', () => scan(text)],
  ['MiniSearch search (prefix, AND)', () => miniSearch.search(text)],
]);

// Pair 3: sample 10.
const sampled = sample(questions, 10, { seed: SEED });
const pool = new Set(questions);
const isDraw = (picked: readonly QuestionLike[]) =>
  picked.length === 10 && new Set(picked).size === 10 && picked.every((q) => pool.has(q));
ok(isDraw(sampled) && isDraw(sampleSize(questions, 10)), 'a sample is not 10 distinct questions');
deepStrictEqual(idsOf(sample(questions, 10, { seed: SEED })), idsOf(sampled));
deepStrictEqual(idsOf(shuffle(questions, { seed: SEED }).slice(0, 10)), idsOf(sampled));
/** The plain way to draw k: copy the array, run k steps of Math.random Fisher-Yates. */
const copyThenPick = <T>(items: readonly T[], k: number): T[] => {
  const copy = items.slice();
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(Math.random() * (copy.length - i));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy.slice(0, k);
};
/** The plain unseeded shuffle: Fisher-Yates with Math.random on a copy. */
const mathRandomShuffle = <T>(items: readonly T[]): T[] => {
  const copy = items.slice();
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    const held = copy[i] as T;
    copy[i] = copy[j] as T;
    copy[j] = held;
  }
  return copy;
};
ok(isDraw(copyThenPick(questions, 10)), 'copy-then-pick did not draw 10 distinct questions');
const sampleTimings = await timeTasks([
  ['sample(questions, 10, { seed })', () => sample(questions, 10, { seed: SEED })],
  ['lodash sampleSize(questions, 10)', () => sampleSize(questions, 10)],
  ['copy, then 10 Fisher-Yates steps', () => copyThenPick(questions, 10)],
]);

// Pair 4: shuffle.
const allIds = sortedIds(idsOf(questions));
const shuffled = shuffle(questions, { seed: SEED });
deepStrictEqual(sortedIds(idsOf(shuffled)), allIds);
deepStrictEqual(sortedIds(idsOf(lodashShuffle(questions))), allIds);
deepStrictEqual(idsOf(shuffle(questions, { seed: SEED })), idsOf(shuffled));
deepStrictEqual(sortedIds(idsOf(mathRandomShuffle(questions))), allIds);
const shuffleTimings = await timeTasks([
  ['shuffle(questions, { seed })', () => shuffle(questions, { seed: SEED })],
  ['lodash shuffle(questions)', () => lodashShuffle(questions)],
  ['Math.random Fisher-Yates on a copy', () => mathRandomShuffle(questions)],
]);

// Pair 5, for information (no target): a seeded integer stream against Math.random.
const DRAWS = 100_000;
const drawSum = (draw: () => number) => {
  let sum = 0;
  for (let i = 0; i < DRAWS; i++) sum += draw();
  return sum;
};
const random = createRandom(SEED);
const inRange = (n: number) => Number.isInteger(n) && n >= 0 && n < 1000;
ok(inRange(random.nextInt(1000)) && inRange(Math.floor(Math.random() * 1000)));
const randomTimings = await timeTasks([
  [
    `createRandom(seed).nextInt(1000) x ${DRAWS / 1000}k`,
    () => drawSum(() => random.nextInt(1000)),
  ],
  [
    `Math.floor(Math.random() * 1000) x ${DRAWS / 1000}k`,
    () => drawSum(() => Math.floor(Math.random() * 1000)),
  ],
]);

// Pair 6: the coach, on a 220-word answer and on one ten times as long (cost should grow
// with the answer, not faster), with the real bank's lexicon.
const coach = createCoach({ concepts: realBank.concepts ?? [] });
const coached = realBank.questions.find((q) => q.guidance.sampleAnswer.split(/\s+/).length >= 220);
if (coached === undefined) throw new Error('No sample answer of 220 words to review.');
const answer220 = coached.guidance.sampleAnswer.split(/\s+/).slice(0, 220).join(' ');
const answer2200 = Array.from({ length: 10 }, () => answer220).join('\n');
// The coach counts words its own way (figures such as £1,200 and hyphenated words).
const countedWords = coach.review(coached, answer220).wordCount;
ok(Math.abs(countedWords - 220) <= 11, `the 220-word answer counts ${countedWords} words`);
const coachTimings = await timeTasks([
  ['createCoach().review, 220 words', () => coach.review(coached, answer220)],
  ['createCoach().review, 2,200 words', () => coach.review(coached, answer2200)],
]);

// Report.
const ms = (timings: readonly Timing[], i: number) => (timings[i] as Timing).medianMs;
const mb = (bytes: number) => bytes / 1024 / 1024;

interface Target {
  readonly key: string;
  readonly label: string;
  /** The other side's figure over the SDK's: above 1, the SDK is faster or smaller. */
  readonly ratio: number;
  readonly atLeast: number;
  readonly strict: boolean;
}

const targets: Target[] = [
  ...facetPairs.map((pair, i) => ({
    key: ['threeFacetQuery', 'threeFacetQueryZipfTags', 'threeFacetQueryZipfHeadTag'][i] as string,
    label: `indexed three-facet query >= 50x faster than filter chain (${pair.name})`,
    ratio: ms(pair.timings, 1) / ms(pair.timings, 0),
    atLeast: 50,
    strict: false,
  })),
  {
    key: 'textQueryVsScan',
    label: 'indexed text query >= 5x faster than substring scan',
    ratio: ms(textTimings, 1) / ms(textTimings, 0),
    atLeast: 5,
    strict: false,
  },
  {
    key: 'textQueryVsMiniSearch',
    label: 'indexed text query faster than MiniSearch search',
    ratio: ms(textTimings, 2) / ms(textTimings, 0),
    atLeast: 1,
    strict: true,
  },
  {
    key: 'textIndexBuild',
    label: 'index build time no larger than MiniSearch build',
    ratio: miniSearchBuild.medianMs / indexBuild.medianMs,
    atLeast: 1,
    strict: false,
  },
  {
    key: 'textIndexMemory',
    label: 'index retained heap no larger than MiniSearch',
    ratio: miniSearchBuild.retainedBytes / indexBuild.retainedBytes,
    atLeast: 1,
    strict: false,
  },
  {
    key: 'sample',
    label: 'sample(10) >= 50x faster than lodash sampleSize',
    ratio: ms(sampleTimings, 1) / ms(sampleTimings, 0),
    atLeast: 50,
    strict: false,
  },
  {
    key: 'sampleVsCopyThenPick',
    label: 'sample(10) >= 100x faster than copy-then-pick',
    ratio: ms(sampleTimings, 2) / ms(sampleTimings, 0),
    atLeast: 100,
    strict: false,
  },
  {
    key: 'coachReviewsPerSecond',
    label: 'coach reviews a 220-word answer >= 3,000 times a second',
    ratio: 1000 / ms(coachTimings, 0) / 3000,
    atLeast: 1,
    strict: false,
  },
  {
    key: 'coachLinear',
    label: 'coach on 10x the words takes <= 15x the time',
    ratio: (15 * ms(coachTimings, 0)) / ms(coachTimings, 1),
    atLeast: 1,
    strict: false,
  },
  {
    key: 'shuffle',
    label: 'seeded shuffle at least as fast as lodash shuffle',
    ratio: ms(shuffleTimings, 1) / ms(shuffleTimings, 0),
    atLeast: 1,
    strict: false,
  },
  {
    key: 'shuffleVsMathRandom',
    label: 'seeded shuffle at least as fast as Math.random Fisher-Yates',
    ratio: ms(shuffleTimings, 2) / ms(shuffleTimings, 0),
    atLeast: 1,
    strict: false,
  },
];
const isMet = (t: Target) => (t.strict ? t.ratio > t.atLeast : t.ratio >= t.atLeast);
const formatRatio = (ratio: number) => `${ratio >= 10 ? ratio.toFixed(0) : ratio.toFixed(2)}x`;

function printTable(header: readonly string[], rows: readonly (readonly string[])[]): void {
  const widths = header.map((h, c) =>
    Math.max(h.length, ...rows.map((row) => (row[c] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, c) => cell.padEnd(widths[c] ?? 0))
      .join('  ')
      .trimEnd();
  console.log(line(header));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const row of rows) console.log(line(row));
}

const timingRows = (pair: string, timings: readonly Timing[]) =>
  timings.map((t, i) => [
    i === 0 ? pair : '',
    t.label,
    formatMs(t.medianMs),
    i === 0 ? '' : formatRatio(t.medianMs / ms(timings, 0)),
  ]);

console.log('');
printTable(
  ['pair', 'task', 'median', 'other/SDK'],
  [
    ...facetPairs.flatMap((pair) => timingRows(`three-facet, ${pair.name}`, pair.timings)),
    ...timingRows('text query', textTimings),
    [
      'text index build',
      `createIndex(bank), median of ${BUILDS}`,
      formatMs(indexBuild.medianMs),
      '',
    ],
    [
      '',
      `MiniSearch addAll, median of ${BUILDS}`,
      formatMs(miniSearchBuild.medianMs),
      formatRatio(miniSearchBuild.medianMs / indexBuild.medianMs),
    ],
    ['retained heap', 'createIndex(bank)', `${mb(indexBuild.retainedBytes).toFixed(1)} MB`, ''],
    [
      '',
      'MiniSearch',
      `${mb(miniSearchBuild.retainedBytes).toFixed(1)} MB`,
      formatRatio(miniSearchBuild.retainedBytes / indexBuild.retainedBytes),
    ],
    ...timingRows('sample 10', sampleTimings),
    ...timingRows('shuffle', shuffleTimings),
    ...timingRows('random ints', randomTimings),
    ...timingRows('coach', coachTimings),
  ],
);
console.log('');
printTable(
  ['target', 'measured', 'status'],
  targets.map((t) => [t.label, formatRatio(t.ratio), isMet(t) ? 'met' : 'MISSED']),
);

const timingsJson = (timings: readonly Timing[]) =>
  Object.fromEntries(
    timings.map((t) => [t.label, { medianMs: round(t.medianMs), samples: t.samples }]),
  );

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([key, inner]) => [key, sortKeys(inner)]),
    );
  }
  return value;
}

const results = {
  bank: {
    categories: bank.categories.length,
    competencies: bank.competencies.length,
    questions: questions.length,
    roles: bank.roles.length,
    seed: FULL_SIZE.seed,
    tags: bank.tags.length,
    vocabulary: FULL_SIZE.vocabulary,
  },
  zipfTagBank: ZIPF_TAG_BANK_SIZE,
  environment: { node: process.version, platform: `${process.platform}-${process.arch}` },
  queries: {
    textQuery: { results: textIds.length, text },
    threeFacetQuery: facetPairs.map((pair) => ({
      bank: pair.name,
      criteria: pair.criteria,
      results: pair.results,
      tagQuestions: pair.tagQuestions,
    })),
  },
  pairs: {
    randomInts: timingsJson(randomTimings),
    sample: timingsJson(sampleTimings),
    shuffle: timingsJson(shuffleTimings),
    textIndexBuild: {
      createIndex: {
        medianMs: round(indexBuild.medianMs),
        retainedMB: round(mb(indexBuild.retainedBytes)),
      },
      miniSearch: {
        medianMs: round(miniSearchBuild.medianMs),
        retainedMB: round(mb(miniSearchBuild.retainedBytes)),
      },
    },
    coach: timingsJson(coachTimings),
    textQuery: timingsJson(textTimings),
    threeFacetQuery: Object.fromEntries(
      facetPairs.map((pair) => [pair.name, timingsJson(pair.timings)]),
    ),
  },
  targets: Object.fromEntries(
    targets.map((t) => [
      t.key,
      {
        atLeast: t.atLeast,
        label: t.label,
        met: isMet(t),
        ratio: round(t.ratio),
        strict: t.strict,
      },
    ]),
  ),
};
writeFileSync(RESULTS_FILE, `${JSON.stringify(sortKeys(results), null, 2)}\n`);
console.log(`\nwritten to ${RESULTS_FILE}`);
