import {
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  MessageFlags,
} from 'discord.js';
import { toChoices } from '../render/finalize.js';
import { notice, SOMETHING_WENT_WRONG } from '../render/notice.js';
import type { Embed, Reply } from '../render/payload.js';
import { type Cooldowns, cooldownMessage } from './cooldown.js';
import { isAlreadyAcknowledged, isExpired } from './errors.js';
import { type AfterReply, type ContextDeps, contextFor, readInput } from './input.js';
import type { Logger } from './logger.js';
import { replyPayload, respond, toEditOptions } from './send.js';

export interface RouterDeps extends ContextDeps {
  cooldowns: Cooldowns;
  log: Logger;
  /** How long a command without `defer` may take before the bot defers for it (default REPLY_BUDGET_MS). */
  replyBudgetMs?: number;
}

/**
 * Discord drops an interaction that is not acknowledged within 3 s of being sent. A command that has not declared
 * `defer` replies directly, in one callback; if its reply is still not ready this long after the interaction
 * reached the router, the bot defers for it then (and edits the reply in when it comes). The rest of the 3 s is
 * left for the gateway's delivery, time spent queued before the router, and the deferral's own trip.
 */
export const REPLY_BUDGET_MS = 1500;

/**
 * Every interaction gets an answer: commands, autocomplete and buttons are routed to the command modules; a
 * handler that throws is logged (command + interaction id) and answered ephemerally; expired (10062) and
 * already-acknowledged (40060) interactions are logged, never fatal. Never rejects.
 */
export async function handleInteraction(interaction: Interaction, deps: RouterDeps): Promise<void> {
  const received = performance.now();
  const name = routeName(interaction);
  try {
    if (interaction.isChatInputCommand()) await runCommand(interaction, deps, received);
    else if (interaction.isAutocomplete()) await runAutocomplete(interaction, deps);
    else if (interaction.isButton()) await runButton(interaction, deps);
    else deps.log.debug('ignored interaction', { type: interaction.type, id: interaction.id });
  } catch (error) {
    await answerFailure(interaction, name, error, deps.log);
  }
}

async function runCommand(
  interaction: ChatInputCommandInteraction,
  deps: RouterDeps,
  received: number,
): Promise<void> {
  const command = deps.commands.find((c) => c.data.name === interaction.commandName);
  if (!command) {
    deps.log.warn('unknown command', { command: interaction.commandName, id: interaction.id });
    await interaction.reply(
      replyPayload(interaction, notice(`I don't know /${interaction.commandName} (any more). Try /help.`)),
    );
    return;
  }
  if (command.cooldown) {
    const left = deps.cooldowns.take(interaction.user.id, command.data.name);
    if (left > 0) {
      await interaction.reply(replyPayload(interaction, notice(cooldownMessage(command.data.name, left))));
      return;
    }
  }
  const input = readInput(interaction);
  // The `hide` option (or an always-private command) decides who sees a deferred "thinking…": an edit cannot
  // change that later.
  const ephemeral = command.ephemeral === true || input.options.hide === true;
  const defer = () => interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
  // Known to be slow (downloads, reading the event log): deferring first buys 15 minutes.
  if (command.defer) await defer();
  const after: AfterReply[] = [];
  const budget = deps.replyBudgetMs ?? REPLY_BUDGET_MS;
  const pending = command.execute(input, contextFor(interaction, deps, after));
  const reply = command.defer ? await pending : await inTime(pending, received + budget, defer);
  const tookMs = performance.now() - received;
  // A synchronous command cannot be interrupted to defer: say so when one ran past the budget.
  if (!command.defer && !isPromiseLike(pending) && tookMs > budget)
    deps.log.warn('slow reply', { command: command.data.name, id: interaction.id, ms: Math.round(tookMs) });
  await respond(interaction, reply);
  deps.log.debug('answered', { command: command.data.name, id: interaction.id });
  await runAfterReply(after, command.data.name, interaction.id, deps.log);
}

const LATE = Symbol('late');

/**
 * The reply, unchanged when it is already there (a synchronous command: replied to in one callback). A pending
 * one is awaited until `deadline` (performance.now() time); past it, `defer` is called and the reply awaited.
 */
async function inTime(
  pending: Reply | Promise<Reply>,
  deadline: number,
  defer: () => Promise<unknown>,
): Promise<Reply> {
  if (!isPromiseLike(pending)) return pending;
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<typeof LATE>((resolve) => {
    timer = setTimeout(resolve, Math.max(0, deadline - performance.now()), LATE);
  });
  try {
    const first = await Promise.race([pending, late]);
    if (first !== LATE) return first;
  } finally {
    clearTimeout(timer);
  }
  // If the deferral fails (expired), a later failure of `pending` is not unhandled: the race above subscribed to it.
  await defer();
  return pending;
}

function isPromiseLike<T>(value: T | Promise<T>): value is Promise<T> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
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
    await interaction.reply(
      replyPayload(interaction, notice('That button no longer works. Run the command again.')),
    );
    return;
  }
  // The message as plain data: buttons whose state did not fit the custom_id read it back from here.
  const embeds = interaction.message.embeds.map((e) => e.toJSON() as Embed);
  const after: AfterReply[] = [];
  const result = await command.button({ args, message: { embeds } }, contextFor(interaction, deps, after));
  if (result.update) await interaction.update(toEditOptions(result.reply));
  else await interaction.reply(replyPayload(interaction, result.reply));
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
        await interaction.followUp(replyPayload(interaction, SOMETHING_WENT_WRONG));
        // Clear the "thinking…" of a deferred reply that will never come.
        if (pending) await interaction.deleteReply().catch(() => undefined);
      } else await interaction.reply(replyPayload(interaction, SOMETHING_WENT_WRONG));
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
