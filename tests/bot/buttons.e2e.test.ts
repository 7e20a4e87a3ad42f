import { afterAll, beforeAll, expect, test } from 'vitest';
import { stubLibrary } from '../fake-discord/fixtures.js';
import { type Harness, startHarness } from '../fake-discord/harness.js';
import { buttonPress } from '../fake-discord/interactions.js';

// Buttons carry their state in custom_id, so a fresh client (a restart) answers them.
interface Data {
  content?: string;
  flags?: number;
  embeds?: { description?: string; author?: { name: string } }[];
  components?: { components: { custom_id: string }[] }[];
}

let h: Harness;
const stub = stubLibrary();
beforeAll(async () => {
  h = await startHarness(stub.library);
});
afterAll(async () => h?.close());

test('"More" updates the message (type 7) with the next excerpts and no further More', async () => {
  const cb = (await h.send(buttonPress('ask:more:3:when was NATO founded'))).body as {
    type: number;
    data: Data;
  };
  expect(cb.type).toBe(7);
  const description = cb.data.embeds?.[0]?.description ?? '';
  expect(description).toMatch(/^\*\*¶3\*\*/);
  expect(description).toContain('**¶2** He spoke after a meeting in **Brussels**.');
  const ids = cb.data.components?.flatMap((r) => r.components.map((b) => b.custom_id)) ?? [];
  expect(ids.some((id) => id.startsWith('ask:more'))).toBe(false);
  expect(stub.calls.at(-1)).toMatchObject({ question: 'when was NATO founded', options: { limit: 7 } });
});

test('"More" with a question too long for custom_id reads it back from the message embed', async () => {
  const question = `when was NATO founded ${'and why '.repeat(12)}`.trim();
  await h.send(buttonPress('ask:more:3:', [{ author: { name: question }, description: 'x' }]));
  expect(stub.calls.at(-1)?.question).toBe(question);
});

test('"Context" replies ephemerally (type 4) with the whole paragraph, the excerpt in bold', async () => {
  const cb = (await h.send(buttonPress('ask:ctx:2:1:nato-air-defenses-kyiv'))).body as {
    type: number;
    data: Data;
  };
  expect(cb.type).toBe(4);
  expect(cb.data.flags).toBe(64);
  expect(cb.data.embeds?.[0]?.description).toBe(
    '**¶2**\n“The allies understand the urgency” of the situation, declared Jens Stoltenberg. **He spoke after a meeting in Brussels.**',
  );
});

test('a malformed or unknown button gets an ephemeral explanation', async () => {
  const bad = (await h.send(buttonPress('ask:ctx:x'))).body as { data: Data };
  expect(bad.data.content).toContain('no longer valid');
  const unknown = (await h.send(buttonPress('gone:1'))).body as { data: Data };
  expect(unknown.data.flags).toBe(64);
  expect(unknown.data.content).toContain('no longer works');
});
