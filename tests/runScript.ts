import { spawn } from 'node:child_process';

export interface ScriptResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

interface RunOptions {
  stdin?: string;
  timeoutMs: number;
}

/**
 * Runs a project script under tsx the way `npm run …` would, with exactly `env` plus PATH (set every variable the
 * script reads, empty when unused: dotenv never overrides one, so a developer's .env cannot leak in), feeding `stdin`
 * when given, killed after `timeoutMs`; resolves when it exits.
 */
export function runScript(
  script: string,
  env: Record<string, string>,
  options: RunOptions,
): Promise<ScriptResult> {
  return run(process.execPath, ['--import', 'tsx', script], env, options);
}

/** `npm <args>` in the project, with the same environment rules as `runScript`. */
export function runNpm(
  args: readonly string[],
  env: Record<string, string>,
  options: RunOptions,
): Promise<ScriptResult> {
  return run(process.platform === 'win32' ? 'npm.cmd' : 'npm', args, env, options);
}

function run(
  command: string,
  args: readonly string[],
  env: Record<string, string>,
  { stdin, timeoutMs }: RunOptions,
): Promise<ScriptResult> {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      env: { PATH: process.env.PATH ?? '', ...env },
      timeout: timeoutMs,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}
