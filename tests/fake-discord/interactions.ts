import { APP_ID, message } from './server.js';

/** Raw INTERACTION_CREATE payloads, shaped as the fake-Discord facts in DESIGN.md require. */
export const USER = {
  id: '500000000000000001',
  username: 'asker',
  discriminator: '0',
  global_name: 'Asker',
  avatar: null,
};
export const OTHER = {
  id: '500000000000000002',
  username: 'friend',
  discriminator: '0',
  global_name: 'Friend',
  avatar: null,
};
export const GUILD_ID = '600000000000000001';
const CHANNEL = { id: '400000000000000001', type: 0, name: 'news', guild_id: GUILD_ID };

let counter = 0;

/** A fresh interaction id and token (each interaction is answered exactly once). */
function ids(): { id: string; token: string } {
  counter += 1;
  return { id: String(700000000000000000n + BigInt(counter)), token: `itoken-${counter}` };
}

export interface RawOption {
  name: string;
  type: number;
  value?: string | number | boolean;
  focused?: boolean;
  options?: RawOption[];
}

function base(
  type: number,
  data: unknown,
  user = USER,
): Record<string, unknown> & { id: string; token: string } {
  return {
    ...ids(),
    application_id: APP_ID,
    type,
    data,
    version: 1,
    guild_id: GUILD_ID,
    channel_id: CHANNEL.id,
    channel: CHANNEL,
    member: {
      user,
      roles: [],
      permissions: '2248473465835073',
      joined_at: new Date(0).toISOString(),
      deaf: false,
      mute: false,
      flags: 0,
    },
    app_permissions: '2248473465835073',
    locale: 'en-US',
    guild_locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: {},
    context: 0,
  };
}

/** A slash command; user options are listed with their resolved users. */
export function chatInput(name: string, options: RawOption[] = [], users: (typeof USER)[] = []) {
  const resolved = users.length > 0 ? { users: Object.fromEntries(users.map((u) => [u.id, u])) } : undefined;
  return base(2, { id: '800000000000000001', name, type: 1, options, ...(resolved ? { resolved } : {}) });
}

export function autocomplete(name: string, options: RawOption[]) {
  return base(4, { id: '800000000000000001', name, type: 1, options });
}

/** A button press on a message that carried `embeds` (the message the bot sent earlier). */
export function buttonPress(customId: string, embeds: unknown[] = [], ephemeral = false) {
  const msg = { ...message({ embeds, flags: ephemeral ? 64 : 0 }), id: '300000000000000009' };
  return { ...base(3, { custom_id: customId, component_type: 2 }), message: msg };
}

export const str = (name: string, value: string): RawOption => ({ name, type: 3, value });
export const int = (name: string, value: number): RawOption => ({ name, type: 4, value });
export const bool = (name: string, value: boolean): RawOption => ({ name, type: 5, value });
export const user = (name: string, id: string): RawOption => ({ name, type: 6, value: id });
export const focused = (name: string, value: string): RawOption => ({ name, type: 3, value, focused: true });

/** The same interaction sent in a direct message: `user` instead of `member`, no guild. */
export function inDm<T extends Record<string, unknown>>(raw: T): T {
  const { guild_id: _guild, member: _member, ...rest } = raw;
  return {
    ...rest,
    user: USER,
    channel_id: '400000000000000002',
    channel: { id: '400000000000000002', type: 1 },
    context: 1,
  } as unknown as T;
}
