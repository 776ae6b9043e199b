// `pnpm prepdeck` in a clone: runs the built CLI, or, before the setup step has been run,
// says what to run instead of failing with Node's MODULE_NOT_FOUND stack.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const cli = fileURLToPath(new URL('../packages/cli/dist/cli.js', import.meta.url));
const SETUP = 'bash scripts/setup.sh (or: pnpm install && pnpm build)';

if (!existsSync(cli)) {
  console.error(`prepdeck is not built yet in this clone. Run ${SETUP}, then try again.`);
  process.exit(1);
}
try {
  await import(pathToFileURL(cli).href);
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
  console.error(
    `prepdeck cannot start: ${error.message.split('\n')[0]} Run ${SETUP} to install the dependencies and build.`,
  );
  process.exit(1);
}
