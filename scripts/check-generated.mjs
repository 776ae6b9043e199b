// Fails when a build changed a committed generated file (or created a new one): the
// committed copy was stale. Run after `pnpm build`.
import { execFileSync } from 'node:child_process';

const generated = [
  'packages/schema/json-schema',
  'packages/questions/src/generated',
  'docs/questions.md',
];
const status = execFileSync('git', ['status', '--porcelain', '--', ...generated], {
  encoding: 'utf8',
});
if (status.trim() !== '') {
  console.error('Generated files are stale. Run `pnpm build` and commit the result:\n');
  console.error(status);
  console.error(execFileSync('git', ['diff', '--stat', '--', ...generated], { encoding: 'utf8' }));
  process.exit(1);
}
console.log('Generated files are up to date.');
