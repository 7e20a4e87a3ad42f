import {
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  MessageFlags,
} from 'discord.js';
import { toChoices } from '../render/finalize.js';
import { notice, SOMETHING_WENT_WRONG } from '../render/notice.js';
import type { Embed } from '../render/payload.js';
import { type Cooldowns, cooldownMessage } from './cooldown.js';
import { isAlreadyAcknowledged, isExpired } from './errors.js';
import { type AfterReply, type ContextDeps, contextFor, readInput } from './input.js';
import type { Logger } from './logger.js';
import { respond, toEditOptions, toReplyOptions } from './send.js';

export interface RouterDeps extends ContextDeps {
  cooldowns: Cooldowns;
  log: Logger;
}

/**
 * Every interaction gets an answer: commands, autocomplete and buttons are routed to the command modules; a
 * handler that throws is logged (command + interaction id) and answered ephemerally; expired (10062) and
 * already-acknowledged (40060) interactions are logged, never fatal. Never rejects.
 */
export async function handleInteraction(interaction: Interaction, deps: RouterDeps): Promise<void> {
  const name = routeName(interaction);
  try {
    if (interaction.isChatInputCommand()) await runCommand(interaction, deps);
    else if (interaction.isAutocomplete()) await runAutocomplete(interaction, deps);
    else if (interaction.isButton()) await runButton(interaction, deps);
    else deps.log.debug('ignored interaction', { type: interaction.type, id: interaction.id });
  } catch (error) {
    await answerFailure(interaction, name, error, deps.log);
  }
}

async function runCommand(interaction: ChatInputCommandInteraction, deps: RouterDeps): Promise<void> {
  const command = deps.commands.find((c) => c.data.name === interaction.commandName);
  if (!command) {
    deps.log.warn('unknown command', { command: interaction.commandName, id: interaction.id });
    await interaction.reply(
      toReplyOptions(notice(`I don't know /${interaction.commandName} (any more). Try /help.`)),
    );
    return;
  }
  if (command.cooldown) {
    const left = deps.cooldowns.take(interaction.user.id, command.data.name);
    if (left > 0) {
      await interaction.reply(toReplyOptions(notice(cooldownMessage(command.data.name, left))));
      return;
    }
  }
  const input = readInput(interaction);
  // Deferring buys 15 minutes; the `hide` option (or an always-private command) decides who sees the "thinking…".
  if (command.defer) {
    const ephemeral = command.ephemeral === true || input.options.hide === true;
    await interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
  }
  const after: AfterReply[] = [];
  const reply = await command.execute(input, contextFor(interaction, deps, after));
  await respond(interaction, reply);
  deps.log.debug('answered', { command: command.data.name, id: interaction.id });
  await runAfterReply(after, command.data.name, interaction.id, deps.log);
}

async function runAutocomplete(interaction: AutocompleteInteraction, deps: RouterDeps): Promise<void> {
  const command = deps.commands.find((c) => c.data.name === interaction.commandName);
  const focused = interaction.options.getFocused(true);
  const choices = command?.autocomplete
    ? await command.autocomplete(
        { name: focused.name, value: String(focused.value) },
        readInput(interaction),
        contextFor(interaction, deps),
      )
    : [];
  await interaction.respond(toChoices(choices));
}

async function runButton(interaction: ButtonInteraction, deps: RouterDeps): Promise<void> {
  const [prefix = '', ...args] = interaction.customId.split(':');
  const command = deps.commands.find((c) => c.data.name === prefix);
  if (!command?.button) {
    deps.log.warn('unknown button', { customId: interaction.customId, id: interaction.id });
    await interaction.reply(toReplyOptions(notice('That button no longer works. Run the command again.')));
    return;
  }
  // The message as plain data: buttons whose state did not fit the custom_id read it back from here.
  const embeds = interaction.message.embeds.map((e) => e.toJSON() as Embed);
  const after: AfterReply[] = [];
  const result = await command.button({ args, message: { embeds } }, contextFor(interaction, deps, after));
  if (result.update) await interaction.update(toEditOptions(result.reply));
  else await interaction.reply(toReplyOptions(result.reply));
  await runAfterReply(after, prefix, interaction.id, deps.log);
}

/** Recording and the like, once the user has their answer: a failure is logged, never shown. */
async function runAfterReply(tasks: AfterReply[], command: string, id: string, log: Logger): Promise<void> {
  for (const task of tasks) {
    try {
      await task();
    } catch (error) {
      log.warn('after-reply task failed', { command, id, error: String(error) });
    }
  }
}

async function answerFailure(
  interaction: Interaction,
  name: string,
  error: unknown,
  log: Logger,
): Promise<void> {
  if (isExpired(error) || isAlreadyAcknowledged(error)) {
    log.warn('interaction could not be answered', {
      command: name,
      id: interaction.id,
      error: String(error),
    });
    return;
  }
  log.error('handler failed', { command: name, id: interaction.id, error });
  try {
    if (interaction.isAutocomplete()) {
      if (!interaction.responded) await interaction.respond([]);
    } else if (interaction.isRepliable()) {
      // Read before following up: discord.js marks the interaction replied once a follow-up is sent.
      const pending = interaction.deferred && !interaction.replied;
      if (interaction.deferred || interaction.replied) {
        await interaction.followUp(toReplyOptions(SOMETHING_WENT_WRONG));
        // Clear the "thinking…" of a deferred reply that will never come.
        if (pending) await interaction.deleteReply().catch(() => undefined);
      } else await interaction.reply(toReplyOptions(SOMETHING_WENT_WRONG));
    }
  } catch (second) {
    log.warn('could not send the error reply', { command: name, id: interaction.id, error: String(second) });
  }
}

function routeName(interaction: Interaction): string {
  if (interaction.isCommand() || interaction.isAutocomplete()) return interaction.commandName;
  if (interaction.isMessageComponent()) return interaction.customId.split(':')[0] ?? '?';
  return 'unknown';
}
