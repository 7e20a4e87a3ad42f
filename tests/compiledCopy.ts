import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { projectRoot } from '../src/dataDir.js';

/** Where the measured copy goes: inside the project, so its imports of packages resolve to node_modules. */
const OUT = join(projectRoot(), 'node_modules', '.cache', 'newsroom-compiled');

/**
 * Compiles the bot and the measuring scripts of `folders` (under tests/) to plain JavaScript, as `npm start` compiles
 * the bot before it runs it, and returns a function giving a source file's compiled path. Benchmarks run their
 * probes from this copy with plain `node`, so that tsx's loader (some 40 MB of RSS) is not counted against the bot.
 */
export function compiledCopy(folders: readonly string[]): (source: string) => string {
  const root = projectRoot();
  mkdirSync(OUT, { recursive: true });
  const config = join(OUT, 'tsconfig.json');
  writeFileSync(
    config,
    JSON.stringify({
      extends: join(root, 'tsconfig.json'),
      compilerOptions: { noEmit: false, outDir: OUT, rootDir: root, sourceMap: false },
      include: ['src', 'commands', ...folders.map((f) => `tests/${f}`)].map((f) => join(root, f)),
    }),
  );
  const tsc = join(createRequire(import.meta.url).resolve('typescript/package.json'), '..', 'bin', 'tsc');
  const build = spawnSync(process.execPath, [tsc, '-p', config, '--noCheck'], { encoding: 'utf8' });
  if (build.status !== 0)
    throw new Error(`compiling the measured copy failed:\n${build.stdout}${build.stderr}`);
  return (source) => join(OUT, source.replace(/\.ts$/, '.js'));
}
