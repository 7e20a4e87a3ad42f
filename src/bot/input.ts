import {
  ApplicationCommandOptionType,
  type AutocompleteInteraction,
  type BaseInteraction,
  type ChatInputCommandInteraction,
  type CommandInteractionOption,
  PermissionFlagsBits,
} from 'discord.js';
import type {
  AttachmentRef,
  Command,
  CommandContext,
  CommandInput,
  InsightsLog,
  OptionValue,
  StoryStore,
  UserRef,
} from '../../commands/types.js';
import type { StoryLibrary } from '../search/library.js';

/** Turns an interaction's options into the plain CommandInput the command cores take. */
export function readInput(interaction: ChatInputCommandInteraction | AutocompleteInteraction): CommandInput {
  const options: Record<string, OptionValue> = {};
  let subcommand: string | undefined;
  const visit = (list: readonly CommandInteractionOption[]) => {
    for (const option of list) {
      if (
        option.type === ApplicationCommandOptionType.Subcommand ||
        option.type === ApplicationCommandOptionType.SubcommandGroup
      ) {
        if (option.type === ApplicationCommandOptionType.Subcommand) subcommand = option.name;
        visit(option.options ?? []);
        continue;
      }
      const value = optionValue(option);
      if (value !== undefined) options[option.name] = value;
    }
  };
  visit(interaction.options.data);
  return subcommand ? { subcommand, options } : { options };
}

function optionValue(option: CommandInteractionOption): OptionValue | undefined {
  if (option.type === ApplicationCommandOptionType.User && option.user) {
    return { id: option.user.id, name: option.user.username };
  }
  if (option.type === ApplicationCommandOptionType.Attachment && option.attachment) {
    const { url, name, size, contentType } = option.attachment;
    return { url, name, size, contentType };
  }
  return option.value ?? undefined;
}

export interface ContextDeps {
  library: StoryLibrary;
  commands: readonly Command[];
  stories: StoryStore;
  insights: InsightsLog;
  readAttachment(file: AttachmentRef): Promise<string>;
}

/** A task to run once the interaction has been answered (see `CommandContext.afterReply`). */
export type AfterReply = () => Promise<void>;

/** Who asks and where: the guild scopes which stories are visible. Tasks queued by the command land in `after`. */
export function contextFor(
  interaction: BaseInteraction,
  deps: ContextDeps,
  after: AfterReply[] = [],
): CommandContext {
  const user: UserRef = { id: interaction.user.id, name: interaction.user.username };
  return {
    library: deps.library,
    commands: deps.commands,
    stories: deps.stories,
    insights: deps.insights,
    scope: { guildId: interaction.guildId },
    user,
    operator: false,
    readAttachment: deps.readAttachment,
    can: (permission) => interaction.memberPermissions?.has(PermissionFlagsBits[permission]) ?? false,
    afterReply: (task) => {
      after.push(task);
    },
  };
}
