/** Child process for the crash test: appends question events forever, printing `ok` after each durable one. */
import { openEventStore } from '../../src/insights/store.js';

const file = process.argv[2];
if (file) {
  const store = await openEventStore(file);
  console.log(`pid ${process.pid}`);
  for (let i = 0; ; i++) {
    await store.append({
      t: new Date().toISOString(),
      guild: '111111111111111111',
      kind: 'question',
      question: `question ${i} ${'padding '.repeat(40)}`,
      answered: i % 2 === 0,
      user: 'user-hash',
    });
    console.log('ok');
  }
}
