// Checks the package in the working directory with @arethetypeswrong/cli under the node16
// profile: ESM and CommonJS users under node16/nodenext resolution, and bundlers. node10
// resolution (TypeScript's old `moduleResolution: "node"`, gone in TypeScript 7) cannot see
// subpath exports, so attw's table marks its column "ignored" with a row of skulls; to keep
// expected noise out of `pnpm test`, one line is printed when every entry point resolves
// and the full table only when one does not.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const args = ['--pack', '.', '--profile', 'node16'];
const attw = (extra) => spawnSync('attw', [...args, ...extra], { stdio: 'inherit' });
const { name } = JSON.parse(readFileSync('package.json', 'utf8'));

const quiet = attw(['--quiet']);
if (quiet.error) throw quiet.error;
if (quiet.status === 0) {
  console.log(`attw: ${name} resolves for node16 (ESM and CommonJS) and bundlers.`);
} else {
  attw(['--format', 'table-flipped']);
  process.exitCode = quiet.status ?? 1;
}
