/**
 * Writes the JSON Schema files in json-schema/ from the zod schemas in src/. The output
 * is canonical, so a stale committed file shows as a git diff in CI.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { jsonSchemaDocuments } from './json-schema-documents.js';

const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'json-schema');
const documents = jsonSchemaDocuments();
mkdirSync(outDir, { recursive: true });
for (const [file, text] of Object.entries(documents)) writeFileSync(join(outDir, file), text);
console.log(`Wrote ${Object.keys(documents).length} JSON Schema files to json-schema/`);
