import { type Client, PermissionFlagsBits } from 'discord.js';
import { commands } from '../../commands/index.js';
import type { InsightsLog } from '../../commands/types.js';
import type { BotConfig } from '../../src/bot/config.js';
import { createLogger } from '../../src/bot/logger.js';
import { attachHandlers, createClient } from '../../src/bot/start.js';
import { eventsFile, type InsightEvent, readEvents } from '../../src/insights/index.js';
import { openServices, type Services } from '../../src/services.js';
import { addStory } from '../../src/stories/index.js';
import type { ReplyData } from '../fake-discord/bodies.js';
import { loginUntilReady, TEST_TOKEN } from '../fake-discord/harness.js';
import { autocomplete, chatInput, focused, type RawOption, str } from '../fake-discord/interactions.js';
import { FakeDiscord } from '../fake-discord/server.js';

// Two servers, one bot, a real data folder: the real discord.js Client against the fake Discord, with the real
// story service and insights log over a temp DATA_DIR (the same wiring as `npm start`).
export const GUILD_A = '710000000000000011';
export const GUILD_B = '720000000000000022';
export const SALT = 'tenancy-test-salt';
/** Tight limits so each one can be hit in a test. */
export const TEST_ENV = {
  STORIES_PER_GUILD: '2',
  STORY_MAX_BYTES: '4000',
  STORY_ADD_COOLDOWN_SECONDS: '60',
  STORY_DOWNLOAD_TIMEOUT_MS: '1000',
  INSIGHTS_SALT: SALT,
};

/**
 * What the user finally sees: the callback's data (type 4, e.g. /ask, answered in one callback), or for a command
 * that defers (type 5: /story, /insights) the deferred reply's edit.
 */
export interface Seen {
  type: number;
  /** The flags of the deferral ("thinking…"), when the reply was deferred: 64 = only the user saw it. */
  deferredFlags?: number;
  data: ReplyData;
}

export interface GuildBot {
  fake: FakeDiscord;
  client: Client;
  services: Services;
  logs: string[];
  /** The story service's clock (ms): move it to pass the add cooldown. */
  clock: { now: number };
  run(raw: { id: string; token: string }): Promise<Seen>;
  close(): Promise<void>;
}

export async function startGuildBot(
  dataDir: string,
  options: { insights?: InsightsLog } = {},
): Promise<GuildBot> {
  const clock = { now: 1_000_000 };
  const services = await openServices({ dataDir, env: TEST_ENV, record: true, now: () => clock.now });
  const fake = await FakeDiscord.start();
  const logs: string[] = [];
  const config: BotConfig = { apiUrl: fake.api, logLevel: 'info', cooldownSeconds: 0, token: TEST_TOKEN };
  const client = createClient(config);
  const log = createLogger({ level: 'info', write: (line) => logs.push(line) });
  attachHandlers(client, config, {
    library: services.library,
    commands,
    log,
    stories: services.stories,
    insights: options.insights ?? services.insights,
    extraAttachmentHosts: ['127.0.0.1'],
  });
  await loginUntilReady(client, TEST_TOKEN);
  return {
    fake,
    client,
    services,
    logs,
    clock,
    async run(raw) {
      fake.dispatch('INTERACTION_CREATE', raw);
      const callback = await fake.waitFor((r) => r.path.startsWith(`/api/v10/interactions/${raw.id}/`));
      const body = callback.body as Seen;
      if (body.type !== 5) return body;
      const edit = await fake.waitFor(
        (r) => r.method === 'PATCH' && r.path.endsWith(`/${raw.token}/messages/@original`),
      );
      return { type: 5, deferredFlags: body.data.flags ?? 0, data: edit.body as Seen['data'] };
    },
    async close() {
      await client.destroy();
      await services.close();
      await fake.close();
    },
  };
}

/** The event log once it holds at least `count` events (recording runs after the reply, so it may lag a moment). */
export async function eventsOnceAtLeast(dataDir: string, count: number): Promise<InsightEvent[]> {
  for (let i = 0; i < 100; i++) {
    const { events } = await readEvents(eventsFile(dataDir));
    if (events.length >= count) return events;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`the event log did not reach ${count} events`);
}

/** A global story on disk before the bot starts (what the operator ships). */
export async function seedGlobalStory(dataDir: string): Promise<void> {
  await addStory(dataDir, { raw: TRAM_STORY, fileName: 'tram-line.txt', owner: null });
}

type Raw = ReturnType<typeof chatInput>;

/** The interaction as sent in `guildId`, by a member with or without Manage Server. */
export function inGuild<T extends Raw>(raw: T, guildId: string, moderator = false): T {
  const member = raw.member as { permissions: string };
  const permissions = moderator
    ? String(BigInt(member.permissions) | PermissionFlagsBits.ManageGuild)
    : String(BigInt(member.permissions) & ~PermissionFlagsBits.ManageGuild);
  const channel = { ...(raw.channel as object), guild_id: guildId };
  return { ...raw, guild_id: guildId, channel, member: { ...member, permissions } };
}

export interface FileMeta {
  url: string;
  filename: string;
  size: number;
  contentType?: string | null;
}

const ATTACHMENT_ID = '910000000000000001';

/** `/story add file:<attachment>`, the attachment resolved as Discord sends it. */
export function storyAdd(file: FileMeta): Raw {
  const raw = chatInput('story', [sub('add', [{ name: 'file', type: 11, value: ATTACHMENT_ID }])]);
  const data = raw.data as Record<string, unknown>;
  data.resolved = {
    attachments: {
      [ATTACHMENT_ID]: {
        id: ATTACHMENT_ID,
        filename: file.filename,
        size: file.size,
        url: file.url,
        proxy_url: file.url,
        ...(file.contentType === null
          ? {}
          : { content_type: file.contentType ?? 'text/plain; charset=utf-8' }),
      },
    },
  };
  return raw;
}

export const storyList = (): Raw => chatInput('story', [sub('list', [])]);
export const storyRemove = (id: string): Raw => chatInput('story', [sub('remove', [str('story', id)])]);
export const storyRemoveChoices = (typed: string) =>
  autocomplete('story', [sub('remove', [focused('story', typed)])]);

function sub(name: string, options: RawOption[]): RawOption {
  return { name, type: 1, options };
}

export const customIds = (seen: Seen): string[] =>
  seen.data.components?.flatMap((row) => row.components.map((b) => b.custom_id)) ?? [];

/** A guild's own story (only server A adds it in these tests). */
export const HARBOUR_STORY = `Harbour fire destroys three warehouses in Port Alden

by Maria Lopes

PORT ALDEN (Reuters) – A fire swept through the old harbour district on Tuesday night, destroying three warehouses and a ferry terminal, the fire brigade said.

“The flames reached the roofs within minutes,” said fire chief Tomas Berg.

No one was injured, and investigators expect to name the cause by Friday.
`;

/** The global story every server and DM sees. */
export const TRAM_STORY = `Council approves new tram line for Riverton

by Jane Doe

RIVERTON (Reuters) – The city council approved a new tram line on Monday, linking the university to the central station, officials said.

“This line will carry twenty thousand passengers a day,” said Mayor Ana Ruiz.

Construction is expected to start next spring.
`;

/** Another valid story, for filling a server up to its limit. */
export function filler(n: number): string {
  return `Library extends opening hours, part ${n}

by Sam Quill

LAKEVILLE (Reuters) – The public library will open until ten at night from March, the town said on Wednesday.

“Students asked for this,” said librarian Noor Haddad.
`;
}
