import {
  type APIApplicationCommandOption,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  ApplicationCommandOptionType as T,
} from 'discord.js';
import type { Command, CommandInput, OptionValue } from '../../commands/types.js';

export type ParsedLine =
  | { kind: 'command'; command: Command; input: CommandInput }
  | { kind: 'exit' }
  /** `/press More` or `/press 2`: a button of the last reply. */
  | { kind: 'press'; button: string }
  | { kind: 'empty' }
  | { kind: 'error'; message: string };

/**
 * Reads a typed slash command the way Discord's client would fill its options:
 *   /ask when was NATO founded            → text before any `name:` goes to the first option
 *   /ask question:when was NATO founded hide:true
 *   /paragraph 4      /quote speaker:Stoltenberg      /story add file:path
 */
export function parseLine(line: string, commands: readonly Command[]): ParsedLine {
  const text = line.trim();
  if (!text) return { kind: 'empty' };
  if (text === '/exit' || text === '/quit') return { kind: 'exit' };
  const press = /^\/press\s+(.+)$/i.exec(text);
  if (press) return { kind: 'press', button: press[1]?.trim() ?? '' };
  const match = /^\/([-_\p{L}\p{N}]+)\s*(.*)$/u.exec(text);
  const names = commands.map((c) => `/${c.data.name}`).join(', ');
  if (!match)
    return {
      kind: 'error',
      message: `Type a slash command, e.g. /ask when was NATO founded (commands: ${names}, /exit).`,
    };
  const [, name = '', rest = ''] = match;
  const command = commands.find((c) => c.data.name === name.toLowerCase());
  if (!command) return { kind: 'error', message: `Unknown command /${name}. Commands: ${names}, /exit.` };
  const json = command.data.toJSON();
  const sub = pickSubcommand(json, rest);
  if ('error' in sub) return { kind: 'error', message: sub.error };
  const parsed = parseOptions(sub.options, sub.rest);
  if (typeof parsed === 'string') return { kind: 'error', message: `${parsed}\nUsage: ${usage(json)}` };
  return {
    kind: 'command',
    command,
    input: sub.name ? { subcommand: sub.name, options: parsed } : { options: parsed },
  };
}

type Leaf = Exclude<APIApplicationCommandOption, { type: T.Subcommand | T.SubcommandGroup }>;

function pickSubcommand(
  json: RESTPostAPIChatInputApplicationCommandsJSONBody,
  rest: string,
): { name?: string; options: Leaf[]; rest: string } | { error: string } {
  const all = json.options ?? [];
  const subs = all.filter((o) => o.type === T.Subcommand);
  if (subs.length === 0) return { options: all as Leaf[], rest };
  const [word = '', ...more] = rest.split(/\s+/);
  const sub = subs.find((s) => s.name === word.toLowerCase());
  if (!sub)
    return {
      error: `/${json.name} needs one of: ${subs.map((s) => s.name).join(', ')}.\nUsage: ${usage(json)}`,
    };
  return { name: sub.name, options: (sub.options ?? []) as Leaf[], rest: more.join(' ') };
}

function parseOptions(defs: readonly Leaf[], rest: string): Record<string, OptionValue> | string {
  const names = defs.map((d) => d.name.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&'));
  const out: Record<string, OptionValue> = {};
  const raw: [string, string][] = [];
  if (names.length > 0) {
    // Split at every known `name:`; what comes before the first one is the positional value.
    const re = new RegExp(`(?:^|\\s)(${names.join('|')}):`, 'gi');
    const hits = [...rest.matchAll(re)];
    const lead = rest.slice(0, hits[0]?.index ?? rest.length).trim();
    hits.forEach((h, i) => {
      const start = (h.index ?? 0) + h[0].length;
      raw.push([(h[1] ?? '').toLowerCase(), rest.slice(start, hits[i + 1]?.index ?? rest.length).trim()]);
    });
    if (lead) {
      const target = defs.find((d) => !raw.some(([n]) => n === d.name));
      if (!target) return `Unexpected text: "${lead}".`;
      raw.unshift([target.name, lead]);
    }
  } else if (rest.trim()) return `/… takes no options (got "${rest.trim()}").`;
  for (const [name, value] of raw) {
    const def = defs.find((d) => d.name === name);
    if (!def) continue;
    const converted = convert(def, unquote(value));
    if (typeof converted === 'object' && 'error' in converted) return converted.error;
    out[name] = converted;
  }
  const missing = defs.filter((d) => d.required && out[d.name] === undefined).map((d) => d.name);
  return missing.length > 0 ? `Missing ${missing.join(', ')}.` : out;
}

function convert(def: Leaf, value: string): OptionValue | { error: string } {
  switch (def.type) {
    case T.Integer:
    case T.Number: {
      const n = Number(value);
      const ok = value !== '' && Number.isFinite(n) && (def.type === T.Number || Number.isInteger(n));
      return ok
        ? n
        : {
            error: `${def.name} must be a ${def.type === T.Integer ? 'whole ' : ''}number (got "${value}").`,
          };
    }
    case T.Boolean:
      if (/^(true|yes|on|1)$/i.test(value)) return true;
      if (/^(false|no|off|0)$/i.test(value)) return false;
      return { error: `${def.name} must be true or false (got "${value}").` };
    case T.User: {
      const id = value.replace(/^<@!?|>$|^@/g, '');
      return id ? { id, name: id } : { error: `${def.name} needs a user name.` };
    }
    case T.Attachment:
      return value
        ? { url: value, name: value.split(/[\\/]/).at(-1) ?? value, size: 0, contentType: null }
        : { error: `${def.name} needs a file path.` };
    default:
      return value ? value : { error: `${def.name} needs a value.` };
  }
}

function unquote(value: string): string {
  return /^(["'“]).*(["'”])$/s.test(value) && value.length >= 2 ? value.slice(1, -1) : value;
}

/** "/ask question:<text> [hide:<true|false>] [for:<user>]" */
export function usage(json: RESTPostAPIChatInputApplicationCommandsJSONBody): string {
  const describe = (o: APIApplicationCommandOption): string => {
    if (o.type === T.Subcommand) return `${o.name} ${(o.options ?? []).map(describe).join(' ')}`.trim();
    const kind =
      o.type === T.Boolean
        ? 'true|false'
        : o.type === T.Integer || o.type === T.Number
          ? 'number'
          : o.type === T.User
            ? 'user'
            : 'text';
    const part = `${o.name}:<${kind}>`;
    return 'required' in o && o.required ? part : `[${part}]`;
  };
  const options = json.options ?? [];
  const subs = options.filter((o) => o.type === T.Subcommand);
  if (subs.length > 0) return subs.map((s) => `/${json.name} ${describe(s)}`).join('  |  ');
  return [`/${json.name}`, ...options.map(describe)].join(' ');
}
