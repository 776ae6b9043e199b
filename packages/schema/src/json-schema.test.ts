import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';

/** The one string format the schemas use (citation urls), checked as loosely as zod's z.url(). */
const formats = { uri: /^[a-z][a-z0-9+.-]*:\S+$/i };

import { describe, expect, it } from 'vitest';
import { jsonSchemaDocuments } from '../scripts/json-schema-documents.js';
import { sampleBank, sampleQuestion } from '../test/sample-bank.js';

const jsonSchemaDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'json-schema');
const documents = jsonSchemaDocuments();
const committed = (file: string) => readFileSync(join(jsonSchemaDir, file), 'utf8');

describe('JSON Schema files', () => {
  it.each(Object.keys(documents))('%s is up to date with the zod schemas', (file) => {
    expect(committed(file)).toBe(documents[file]);
  });

  it('carries a generated banner and field descriptions', () => {
    const question = JSON.parse(committed('question.schema.json'));
    expect(question.$comment).toMatch(/Do not edit/);
    expect(question.properties.guidance.properties.keyPoints.description).toBe(
      '3 to 7 things a strong answer covers.',
    );
  });

  it('validates the same sample bank that parseBank accepts', () => {
    const ajv = new Ajv2020({ allErrors: true, formats });
    const validate = ajv.compile(JSON.parse(committed('bank.schema.json')));
    expect(validate(sampleBank())).toBe(true);
    expect(validate({ $schema: './bank.schema.json', ...sampleBank() })).toBe(true);
  });

  it('rejects what parseBank rejects on shape', () => {
    const ajv = new Ajv2020({ allErrors: true, formats });
    const validateQuestion = ajv.compile(JSON.parse(committed('question.schema.json')));
    expect(validateQuestion(sampleQuestion('fine'))).toBe(true);
    expect(validateQuestion(sampleQuestion('Bad_Id'))).toBe(false);
    expect(validateQuestion(sampleQuestion('bad-type', { type: 'quiz' }))).toBe(false);
    expect(validateQuestion({ ...sampleQuestion('extra'), extra: true })).toBe(false);
    expect(validateQuestion(sampleQuestion('no-roles', { roles: [] }))).toBe(false);
  });

  it('accepts both red-flag forms and checks the version 2 fields', () => {
    const ajv = new Ajv2020({ allErrors: true, formats });
    const validateQuestion = ajv.compile(JSON.parse(committed('question.schema.json')));
    const base = sampleQuestion('v2');
    const guidance = { ...base.guidance, redFlags: ['Plain.', { text: 'Cued.', cues: ['a cue'] }] };
    expect(validateQuestion({ ...base, guidance })).toBe(true);
    const citation = { claim: 'A fact.', source: 'A regulator', asOf: '2026-11' };
    expect(validateQuestion({ ...base, sources: [citation], jurisdictions: ['gb'] })).toBe(true);
    expect(validateQuestion({ ...base, sources: [{ ...citation, asOf: '2026-13' }] })).toBe(false);
    expect(
      validateQuestion({ ...base, guidance: { ...base.guidance, rubric: { poor: 'Only one.' } } }),
    ).toBe(false);
  });

  it('validates vocabulary lists', () => {
    const ajv = new Ajv2020({ formats });
    const validateTags = ajv.compile(JSON.parse(committed('tag-list.schema.json')));
    expect(validateTags(sampleBank().tags)).toBe(true);
    expect(validateTags([{ id: 'x' }])).toBe(false);
  });
});
