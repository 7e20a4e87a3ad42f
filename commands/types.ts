import type { PermissionFlagsBits, RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { Choice, Embed, Reply } from '../src/render/payload.js';
import type { Scope, StoryLibrary } from '../src/search/library.js';

/**
 * The command interface. A command is a pure core over plain data: the Discord path (src/bot) extracts options
 * from the interaction and sends the returned Reply; the offline console (src/console) parses a text line into the
 * same CommandInput and prints the Reply. Nothing here sees a discord.js interaction.
 */
export interface Command {
  /** The slash command definition (SlashCommandBuilder); its JSON is what deploy registers. */
  data: { readonly name: string; toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody };
  /** Shown by /help; written as the user types them (`/ask question:…`). */
  examples: readonly string[];
  /** Uses the search engine: subject to the per-user cooldown. */
  cooldown?: boolean;
  /** May take longer than Discord's 3 s: the bot defers first (ephemerally when the `hide` option is true). */
  defer?: boolean;
  execute(input: CommandInput, ctx: CommandContext): Reply | Promise<Reply>;
  /** Choices for the focused option (rendered through toChoices: ≤ 25, ≤ 100 characters). */
  autocomplete?(
    focused: FocusedOption,
    input: CommandInput,
    ctx: CommandContext,
  ): Choice[] | Promise<Choice[]>;
  /** Handles buttons whose custom_id starts with `<name>:`; state lives in the custom_id, not in memory. */
  button?(press: ButtonPress, ctx: CommandContext): ButtonResult | Promise<ButtonResult>;
}

export interface UserRef {
  id: string;
  name: string;
}

/** An uploaded file (for commands like `/story add`); the core fetches `url` itself through the context. */
export interface AttachmentRef {
  url: string;
  name: string;
  size: number;
  contentType: string | null;
}

export type OptionValue = string | number | boolean | UserRef | AttachmentRef;

/** Parsed options by name, plus the subcommand (`/story add` → "add") when the command has them. */
export interface CommandInput {
  subcommand?: string;
  options: Readonly<Record<string, OptionValue>>;
}

export type PermissionName = keyof typeof PermissionFlagsBits;

export interface CommandContext {
  library: StoryLibrary;
  /** Which stories are visible: the guild's own plus the global ones. */
  scope: Scope;
  user: UserRef;
  /** Whether the user holds this permission where the command ran (the console's operator holds all). */
  can(permission: PermissionName): boolean;
  /** Every registered command (for /help). */
  commands: readonly Command[];
  /**
   * The text of an uploaded file (Discord: downloaded from its CDN url; console: read from the typed path), at most
   * `MAX_ATTACHMENT_BYTES`. Rejects with an Error whose message can be shown to the user.
   */
  readAttachment(file: AttachmentRef): Promise<string>;
}

/** Largest upload a command will read: a news story is a few kilobytes. */
export const MAX_ATTACHMENT_BYTES = 512 * 1024;

export interface FocusedOption {
  name: string;
  value: string;
}

export interface ButtonPress {
  /** The custom_id after `<command>:`, split at ':' (`ask:more:3:q` → ["more", "3", "q"]). */
  args: string[];
  /** The message the button is on, as plain data. */
  message?: { embeds: readonly Embed[] };
}

export interface ButtonResult {
  reply: Reply;
  /** Edit the message the button is on (callback type 7) rather than send a new reply (type 4). */
  update: boolean;
}
