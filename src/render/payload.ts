/**
 * The reply a command produces: plain data shaped like Discord's API, so the bot can send it as is and the
 * offline console can print it. No discord.js classes here.
 */
export interface EmbedField {
  name: string;
  value: string;
  inline?: boolean;
}

export interface Embed {
  title?: string;
  description?: string;
  color?: number;
  /** Plain text (Discord renders no Markdown here); `/ask` keeps the question in it for buttons to read back. */
  author?: { name: string };
  fields?: EmbedField[];
  footer?: { text: string };
}

/** Button styles used here: 1 primary, 2 secondary. */
export interface Button {
  type: 2;
  style: 1 | 2;
  label: string;
  custom_id: string;
}

export interface ActionRow {
  type: 1;
  components: Button[];
}

/** `parse: []` always: nobody is pinged unless named in `users`. */
export interface AllowedMentions {
  parse: [];
  users?: string[];
}

export interface Reply {
  content?: string;
  embeds?: Embed[];
  components?: ActionRow[];
  /** Only the user who ran the command sees it. */
  ephemeral?: boolean;
  allowedMentions: AllowedMentions;
}

/** An autocomplete choice (name shown, value sent back). */
export interface Choice {
  name: string;
  value: string;
}

export const NO_MENTIONS: AllowedMentions = { parse: [] };
export const COLOR = 0x2b6cb0;
