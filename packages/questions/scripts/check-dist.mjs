// Checks the built package as Node loads it: ESM and CJS entries give the same frozen
// bank, category subpaths match their slices, and bank.json has the same data.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const esm = await import('@prepdeck/questions');
const cjs = require('@prepdeck/questions');
assert.deepEqual(esm.bank, cjs.bank, 'ESM and CJS banks differ');
assert.ok(Object.isFrozen(esm.bank.questions[0].guidance), 'ESM bank is not deep-frozen');
assert.ok(Object.isFrozen(cjs.bank.questions[0].guidance), 'CJS bank is not deep-frozen');
assert.throws(() => {
  esm.questions[0].text = 'changed';
}, TypeError);

for (const category of esm.categories) {
  const subpath = `@prepdeck/questions/categories/${category.id}`;
  const slice = esm.questions.filter((question) => question.category === category.id);
  assert.deepEqual((await import(subpath)).questions, slice, `${subpath} (ESM) differs`);
  assert.deepEqual(require(subpath).questions, slice, `${subpath} (CJS) differs`);
}
const json = JSON.parse(readFileSync(require.resolve('@prepdeck/questions/bank.json'), 'utf8'));
assert.deepEqual(json, JSON.parse(JSON.stringify(esm.bank)), 'bank.json differs');
console.log(
  `dist OK: ${esm.questions.length} questions, ${esm.categories.length} category subpaths, ESM = CJS = bank.json`,
);
