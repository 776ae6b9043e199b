import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
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
    const ajv = new Ajv2020({ allErrors: true });
    const validate = ajv.compile(JSON.parse(committed('bank.schema.json')));
    expect(validate(sampleBank())).toBe(true);
    expect(validate({ $schema: './bank.schema.json', ...sampleBank() })).toBe(true);
  });

  it('rejects what parseBank rejects on shape', () => {
    const ajv = new Ajv2020({ allErrors: true });
    const validateQuestion = ajv.compile(JSON.parse(committed('question.schema.json')));
    expect(validateQuestion(sampleQuestion('fine'))).toBe(true);
    expect(validateQuestion(sampleQuestion('Bad_Id'))).toBe(false);
    expect(validateQuestion(sampleQuestion('bad-type', { type: 'quiz' }))).toBe(false);
    expect(validateQuestion({ ...sampleQuestion('extra'), extra: true })).toBe(false);
    expect(validateQuestion(sampleQuestion('no-roles', { roles: [] }))).toBe(false);
  });

  it('validates vocabulary lists', () => {
    const ajv = new Ajv2020();
    const validateTags = ajv.compile(JSON.parse(committed('tag-list.schema.json')));
    expect(validateTags(sampleBank().tags)).toBe(true);
    expect(validateTags([{ id: 'x' }])).toBe(false);
  });
});
