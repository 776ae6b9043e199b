export type { CliInputStream, CliIo, CliOutputStream } from './cli-io.js';
export { run } from './run.js';
