import type { PermissionFlagsBits, RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { InsightsOptions, InsightsReport } from '../src/insights/aggregate.js';
import type { FeedbackRecord, QuestionRecord } from '../src/insights/recorder.js';
import type { Choice, Embed, Reply } from '../src/render/payload.js';
import type { Scope, Story, StoryLibrary } from '../src/search/library.js';

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
  /**
   * Known to be slow (a download, reading a log): the bot defers before running it (ephemerally when the `hide`
   * option is true), then edits the reply in. Without it the reply goes out in one callback; only a reply still
   * pending after the router's budget (REPLY_BUDGET_MS, src/bot/router.ts) is deferred then. A synchronous
   * `execute` cannot be deferred midway: keep those fast.
   */
  defer?: boolean;
  /** Every reply is for the user alone: a deferred "thinking…" is ephemeral too (an edit cannot change that later). */
  ephemeral?: boolean;
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
  /**
   * True only in the offline console: the operator manages GLOBAL stories (guildId null). In Discord a null guild
   * is a direct message, where nobody may add or remove stories.
   */
  operator: boolean;
  /** Whether the user holds this permission where the command ran (the console's operator holds all). */
  can(permission: PermissionName): boolean;
  /** Every registered command (for /help). */
  commands: readonly Command[];
  /**
   * The text of an uploaded file (Discord: downloaded from the URL Discord gave, from Discord's CDN only; console:
   * read from the typed path). Refuses by name, content type and size before downloading anything. Rejects with a
   * `StoryError` (src/stories/errors) whose message can be shown to the user.
   */
  readAttachment(file: AttachmentRef): Promise<string>;
  /** Adding and removing stories (disk and live index in step). */
  stories: StoryStore;
  /** What the community asks: recording and the per-guild report. */
  insights: InsightsLog;
  /**
   * Runs `task` once the reply has been sent (recording must never delay or break an answer). A failing task is
   * logged, never shown.
   */
  afterReply(task: () => Promise<void>): void;
}

/** The story operations commands use (src/stories' StoryService satisfies it). Errors are `StoryError`s. */
export interface StoryStore {
  readonly limits: {
    readonly storiesPerGuild: number;
    readonly maxBytes: number;
    readonly downloadTimeoutMs: number;
  };
  /** Throws the limit an add would hit now (cooldown, guild full), so a command can refuse before downloading. */
  checkCanAdd(guildId: string | null): Promise<void>;
  /** `guildId` null = a global story (the operator only). */
  add(input: { raw: string; fileName?: string }, guildId: string | null): Promise<Story>;
  remove(id: string, guildId: string | null): Promise<void>;
  /** Global stories first, then the guild's own (DMs: global only). */
  list(guildId: string | null): readonly Story[];
}

/** Recording questions and feedback (user ids are hashed by the implementation) and reading one guild's report. */
export interface InsightsLog {
  question(record: QuestionRecord): Promise<void>;
  feedback(record: FeedbackRecord): Promise<void>;
  /** Only events of `options.guild`; never mixes guilds. */
  report(options: InsightsOptions): Promise<InsightsReport>;
}

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
