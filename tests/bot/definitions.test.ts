import { type APIApplicationCommandOption, ApplicationCommandOptionType } from 'discord.js';
import { describe, expect, test } from 'vitest';
import { commands } from '../../commands/index.js';

// Discord's rules for command definitions, checked here because a bad one fails only at deploy time.
const NAME = /^[-_\p{L}\p{N}]{1,32}$/u;

function checkOptions(where: string, options: readonly APIApplicationCommandOption[]): string[] {
  const problems: string[] = [];
  if (options.length > 25) problems.push(`${where}: more than 25 options`);
  let optionalSeen = false;
  for (const o of options) {
    const at = `${where} ${o.name}`;
    if (!NAME.test(o.name) || o.name !== o.name.toLowerCase()) problems.push(`${at}: bad name`);
    if (o.description.length < 1 || o.description.length > 100) problems.push(`${at}: description length`);
    const required = 'required' in o && o.required === true;
    if (required && optionalSeen) problems.push(`${at}: required option after an optional one`);
    if (!required) optionalSeen = true;
    if ('choices' in o && o.choices && o.choices.length > 25) problems.push(`${at}: more than 25 choices`);
    if ('choices' in o && o.choices?.length && 'autocomplete' in o && o.autocomplete) {
      problems.push(`${at}: choices and autocomplete together`);
    }
    if (
      o.type === ApplicationCommandOptionType.Subcommand ||
      o.type === ApplicationCommandOptionType.SubcommandGroup
    ) {
      problems.push(...checkOptions(at, o.options ?? []));
    }
  }
  return problems;
}

describe('command definitions follow Discord rules', () => {
  test.each(commands.map((c) => [c.data.name, c] as const))('/%s', (_name, command) => {
    const json = command.data.toJSON();
    expect(json.name).toMatch(NAME);
    expect(json.name).toBe(json.name.toLowerCase());
    expect(json.description.length).toBeGreaterThanOrEqual(1);
    expect(json.description.length).toBeLessThanOrEqual(100);
    expect(checkOptions(`/${json.name}`, json.options ?? [])).toEqual([]);
    expect(command.examples.length).toBeGreaterThan(0);
    for (const example of command.examples) expect(example.startsWith(`/${json.name}`)).toBe(true);
  });

  test('names are unique and there are at most 100 chat commands', () => {
    const names = commands.map((c) => c.data.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.length).toBeLessThanOrEqual(100);
  });

  test('commands with autocomplete options implement autocomplete', () => {
    for (const c of commands) {
      const json = JSON.stringify(c.data.toJSON());
      if (json.includes('"autocomplete":true')) expect(typeof c.autocomplete, c.data.name).toBe('function');
    }
  });
});
