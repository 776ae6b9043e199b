// Start-up cost of the `prepdeck` binary: `prepdeck ask -n 5 --seed 1` against bare Node
// (`node -e 0`) and against the existing npm question CLI (`npx interview-questions
// --amount 5`, a devDependency of this bench), over repeated runs in one session.
// Run with `pnpm --filter @prepdeck/cli bench` after `pnpm build`.
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Bench } from 'tinybench';

const here = dirname(fileURLToPath(import.meta.url));
const packageDir = join(here, '..');
const cli = join(packageDir, 'dist', 'cli.js');
if (!existsSync(cli)) {
  console.error('Build first: pnpm build');
  process.exit(1);
}
const otherCli = join(packageDir, 'node_modules', 'interview-questions', 'cli.js');

const run = (command, args) => () => {
  const result = spawnSync(command, args, {
    cwd: packageDir,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr}`);
};

const tasks = {
  'node -e 0': run(process.execPath, ['-e', '0']),
  'prepdeck ask -n 5 --seed 1': run(process.execPath, [cli, 'ask', '-n', '5', '--seed', '1']),
  'interview-questions --amount 5 (node, direct)': run(process.execPath, [
    otherCli,
    '--amount',
    '5',
  ]),
  'npx interview-questions --amount 5': run('npx', [
    '--no-install',
    'interview-questions',
    '--amount',
    '5',
  ]),
};

const bench = new Bench({ iterations: 25, warmupIterations: 3, time: 0 });
for (const [name, task] of Object.entries(tasks)) bench.add(name, task);
await bench.run();

const median = (name) => {
  const task = bench.tasks.find((t) => t.name === name);
  return task?.result?.latency?.p50 ?? Number.NaN;
};
const node = median('node -e 0');
const rows = Object.keys(tasks).map((name) => ({
  command: name,
  'median (ms)': Number(median(name).toFixed(1)),
  'x node -e 0': Number((median(name) / node).toFixed(2)),
}));
console.table(rows);
const ratio = median('prepdeck ask -n 5 --seed 1') / node;
const vsNpx = median('npx interview-questions --amount 5') / median('prepdeck ask -n 5 --seed 1');
console.log(
  `prepdeck start-up: ${ratio.toFixed(2)}x bare Node (target: at most 2.5x) - ${ratio <= 2.5 ? 'met' : 'MISSED'}`,
);
console.log(`npx interview-questions takes ${vsNpx.toFixed(2)}x as long as prepdeck ask`);
writeFileSync(
  join(here, 'results.json'),
  `${JSON.stringify({ node: `v${process.versions.node}`, rows, ratio: Number(ratio.toFixed(2)) }, null, 2)}\n`,
);
