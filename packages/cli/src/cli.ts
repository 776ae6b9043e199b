import { run } from './run.js';

// A closed pipe (`prepdeck ask | head -3`) is a normal way to stop reading.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

process.exitCode = await run(process.argv.slice(2));
