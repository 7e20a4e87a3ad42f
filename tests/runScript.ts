import { spawn } from 'node:child_process';

export interface ScriptResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs a project script under tsx the way `npm start` / `npm run …` would, with exactly `env` plus PATH (set every
 * variable the script reads, empty when unused: dotenv never overrides one, so a developer's .env cannot leak in),
 * feeding `stdin` when given, killed after `timeoutMs`; resolves when it exits.
 */
export function runScript(
  script: string,
  env: Record<string, string>,
  { stdin, timeoutMs }: { stdin?: string; timeoutMs: number },
): Promise<ScriptResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script], {
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
