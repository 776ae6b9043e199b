// Loads a question bank (JSON or YAML), validates it with @prepdeck/schema and prints a
// summary and one question. Usage: pnpm demo [path/to/bank.json|yaml]
import { readFileSync } from 'node:fs';
import { BankValidationError, parseBank } from '@prepdeck/schema';
import { parse as parseYaml } from 'yaml';

const file = process.argv[2] ?? 'examples/custom-bank/bank.json';
const text = readFileSync(file, 'utf8');
const data = /\.ya?ml$/i.test(file) ? parseYaml(text) : JSON.parse(text);

try {
  const bank = parseBank(data);
  console.log(`${file}: valid bank`);
  console.log(`  ${bank.questions.length} questions, ${bank.categories.length} categories,`);
  console.log(`  ${bank.competencies.length} competencies, ${bank.tags.length} tags`);
  const question = bank.questions[0];
  if (question) {
    console.log(`\n[${question.category} · ${question.type} · ${question.difficulty}]`);
    console.log(question.text);
    console.log('\nA strong answer covers:');
    for (const point of question.guidance.keyPoints) console.log(`  - ${point}`);
  }
} catch (error) {
  if (!(error instanceof BankValidationError)) throw error;
  console.error(`${file}: ${error.message}`);
  process.exitCode = 1;
}
