import { insights as aggregate, eventsFile, formatInsights, readEvents } from '../insights/index.js';
import { isGuildId } from '../stories/index.js';
import { parseFlags } from './flags.js';
import { type CliSubcommand, UsageError } from './types.js';

/**
 * `insights [--guild <id>] [--since YYYY-MM-DD] [--until YYYY-MM-DD] [--json]`: what one server asked (without
 * --guild: direct messages and the console). Days are UTC; --until is exclusive.
 */
export const insights: CliSubcommand = async (args, io) => {
  const { flags, rest } = parseFlags(args, {
    guild: 'string',
    since: 'string',
    until: 'string',
    json: 'boolean',
  });
  if (rest.length > 0) throw new UsageError(`unexpected argument “${rest[0]}”`);
  if (flags.guild !== undefined && !isGuildId(flags.guild)) {
    throw new UsageError(`--guild takes a Discord server id (17–20 digits), got “${flags.guild}”`);
  }
  const since = flags.since === undefined ? undefined : day('--since', flags.since);
  const until = flags.until === undefined ? undefined : day('--until', flags.until);
  const { events, skipped } = await readEvents(eventsFile(io.dataDir));
  if (skipped > 0)
    io.stderr.write(`warning: skipped ${skipped} incomplete or invalid line(s) in the event log\n`);
  const report = aggregate(events, { guild: flags.guild ?? null, since, until });
  io.stdout.write(
    flags.json
      ? `${JSON.stringify({ ...report, since: flags.since ?? null, until: flags.until ?? null }, null, 2)}\n`
      : formatInsights(report, { since: flags.since, until: flags.until }),
  );
  return 0;
};

/** A strict YYYY-MM-DD calendar day as midnight UTC. */
function day(flag: string, value: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(`${value}T00:00:00Z`) : undefined;
  if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new UsageError(`${flag} takes a date as YYYY-MM-DD, got “${value}”`);
  }
  return date;
}
