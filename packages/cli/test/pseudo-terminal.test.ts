import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, REPO, tempHome } from './run-cli.js';

const hasScript = existsSync('/usr/bin/script');

/**
 * Runs `prepdeck` inside a real pseudo-terminal (util-linux `script`), typing `keys` one
 * step at a time, each after the output shows `waitFor`.
 */
function inTerminal(args: string[], home: string, steps: [RegExp, string][]) {
  return new Promise<{ code: number | null; output: string }>((resolve, reject) => {
    const command = [process.execPath, CLI, ...args].map((part) => `'${part}'`).join(' ');
    const child = spawn('script', ['-qfec', command, '/dev/null'], {
      cwd: REPO,
      env: {
        PATH: process.env.PATH ?? '',
        PREPDECK_HOME: home,
        TERM: 'xterm-256color',
        COLUMNS: '100',
        LINES: '40',
      },
    });
    let output = '';
    let step = 0;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`timed out waiting for ${steps[step]?.[0]}; output so far:\n${output}`));
    }, 20_000);
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      while (step < steps.length && (steps[step] as [RegExp, string])[0].test(output)) {
        child.stdin.write((steps[step] as [RegExp, string])[1]);
        step++;
      }
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

describe.skipIf(!hasScript)('prepdeck in a real terminal', () => {
  it('runs a practice question end to end: countdown, answer, feedback, rating', async () => {
    const home = tempHome();
    const result = await inTerminal(['practice', '-n', '1', '--seed', 'pty'], home, [
      [/\[\d:\d\d\] /, 'I would check the read history and explain the bill.\r'],
      [/\[\d:\d\d\] .*\n.*\[\d:\d\d\] /s, '\r'],
      [/Follow-up: [\s\S]*\[\d:\d\d\] /, '\r'],
      [/Where did your answer land/, '4\r'],
    ]);
    expect(result.code).toBe(0);
    expect(result.output).toContain('Feedback on your answer');
    expect(result.output).toContain('Done. 1 rating saved');
    const progress = JSON.parse(readFileSync(join(home, 'progress.json'), 'utf8'));
    expect(progress.reviews[0]).toMatchObject({ rating: 'easy', level: 'excellent' });
  });

  it('saves what was rated when Ctrl-C stops a session, and exits 130', async () => {
    const home = tempHome();
    const result = await inTerminal(['practice', '-n', '3', '--seed', 'pty-stop'], home, [
      [/\[\d:\d\d\] /, '\r'],
      [/Where did your answer land/, '3\r'],
      [/Question 2 of 3[\s\S]*\[\d:\d\d\] /, '\u0003'],
    ]);
    expect(result.code).toBe(130);
    expect(result.output).toContain('Stopped. 1 rating saved');
    expect(JSON.parse(readFileSync(join(home, 'progress.json'), 'utf8')).reviews).toHaveLength(1);
  });
});
