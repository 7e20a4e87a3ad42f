import type { ButtonResult, Command, CommandContext } from '../../commands/types.js';
import type { Button, Reply } from '../render/payload.js';

/**
 * Presses a button of the last reply, as a click in Discord would: by its number (1-based) or the start of its
 * label. The command's own button handler answers from the custom_id, exactly as after a restart.
 */
export async function pressButton(
  last: Reply | undefined,
  which: string,
  commands: readonly Command[],
  ctx: CommandContext,
): Promise<ButtonResult | string> {
  const buttons: Button[] = (last?.components ?? []).flatMap((row) => row.components);
  if (!last || buttons.length === 0) return 'The last reply has no buttons.';
  const wanted = which.toLowerCase();
  const index = Number(which);
  const button = Number.isInteger(index)
    ? buttons[index - 1]
    : buttons.find((b) => b.label.toLowerCase().startsWith(wanted));
  if (!button) return `No such button. Buttons: ${buttons.map((b, i) => `${i + 1}. ${b.label}`).join(', ')}.`;
  const [name = '', ...args] = button.custom_id.split(':');
  const command = commands.find((c) => c.data.name === name);
  if (!command?.button) return 'That button no longer works.';
  return command.button({ args, message: { embeds: last.embeds ?? [] } }, ctx);
}
