import { UsageError } from './types.js';

type FlagKind = 'boolean' | 'number' | 'string';
type FlagValue<K extends FlagKind> = K extends 'boolean' ? boolean : K extends 'number' ? number : string;

/** `--name value` / `--flag` parsing for the CLI; an unknown flag or a bad value is a UsageError. */
export function parseFlags<S extends Record<string, FlagKind>>(
  args: string[],
  spec: S,
): { flags: { [K in keyof S]?: FlagValue<S[K]> }; rest: string[] } {
  const flags: Record<string, boolean | number | string> = {};
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--') {
      rest.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--')) {
      rest.push(arg);
      continue;
    }
    const name = arg.slice(2);
    const kind = spec[name];
    if (!kind) throw new UsageError(`unknown option ${arg}`);
    if (kind === 'boolean') {
      flags[name] = true;
      continue;
    }
    const value = args[++i];
    if (value === undefined) throw new UsageError(`${arg} needs a value`);
    if (kind === 'number') {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 1 || n > 25)
        throw new UsageError(`${arg} takes a whole number from 1 to 25`);
      flags[name] = n;
    } else flags[name] = value;
  }
  return { flags: flags as { [K in keyof S]?: FlagValue<S[K]> }, rest };
}
