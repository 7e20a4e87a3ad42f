/** Child process for the crash test: rewrites one story and adds new ones atomically, forever, until killed. */
import path from 'node:path';
import { writeFileAtomic } from '../../src/stories/atomicFile.js';

export const LINE = 'A line of story text that repeats.\n';
export const REPEAT = 20_000;

export function storyBody(version: number): string {
  return `version ${version}\n${LINE.repeat(REPEAT)}end ${version}\n`;
}

const dir = process.argv[2];
if (dir) {
  console.log(`pid ${process.pid}`);
  for (let i = 0; ; i++) {
    await writeFileAtomic(path.join(dir, 'same.txt'), storyBody(i));
    await writeFileAtomic(path.join(dir, `story-${i}.txt`), storyBody(i));
    console.log('ok');
  }
}
