import {
  ApplicationCommandOptionType,
  type AutocompleteInteraction,
  type BaseInteraction,
  type ChatInputCommandInteraction,
  type CommandInteractionOption,
  PermissionFlagsBits,
} from 'discord.js';
import type { Command, CommandContext, CommandInput, OptionValue, UserRef } from '../../commands/types.js';
import type { StoryLibrary } from '../search/library.js';
import { downloadAttachment } from './attachments.js';

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
}

/** Who asks and where: the guild scopes which stories are visible. */
export function contextFor(interaction: BaseInteraction, deps: ContextDeps): CommandContext {
  const user: UserRef = { id: interaction.user.id, name: interaction.user.username };
  return {
    library: deps.library,
    commands: deps.commands,
    scope: { guildId: interaction.guildId },
    user,
    readAttachment: downloadAttachment,
    can: (permission) => interaction.memberPermissions?.has(PermissionFlagsBits[permission]) ?? false,
  };
}
