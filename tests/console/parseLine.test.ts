import { describe, expect, test } from 'vitest';
import { commands } from '../../commands/index.js';
import { parseLine } from '../../src/console/parseLine.js';

const parse = (line: string) => parseLine(line, commands);
const input = (line: string) => {
  const p = parse(line);
  if (p.kind !== 'command') throw new Error(`not a command: ${JSON.stringify(p)}`);
  return { name: p.command.data.name, ...p.input };
};

describe('parseLine reads typed slash commands into the options Discord would send', () => {
  test('text before any name: goes to the first option', () => {
    expect(input('/ask when was NATO founded')).toEqual({
      name: 'ask',
      options: { question: 'when was NATO founded' },
    });
    expect(input('/paragraph 4')).toEqual({ name: 'paragraph', options: { number: 4 } });
  });

  test('named options, booleans, users, quotes and colons inside values', () => {
    expect(input('/ask question:when was NATO founded hide:true')).toEqual({
      name: 'ask',
      options: { question: 'when was NATO founded', hide: true },
    });
    expect(input('/ask question:"what: exactly?" for:<@123>')).toEqual({
      name: 'ask',
      options: { question: 'what: exactly?', for: { id: '123', name: '123' } },
    });
    expect(input('/quote speaker:Stoltenberg about:air defense')).toEqual({
      name: 'quote',
      options: { speaker: 'Stoltenberg', about: 'air defense' },
    });
    expect(input('/help')).toEqual({ name: 'help', options: {} });
  });

  test('exit, empty, press', () => {
    expect(parse('/exit')).toEqual({ kind: 'exit' });
    expect(parse('  ')).toEqual({ kind: 'empty' });
    expect(parse('/press More')).toEqual({ kind: 'press', button: 'More' });
  });

  test('malformed lines get a usage hint', () => {
    expect(parse('hello')).toMatchObject({
      kind: 'error',
      message: expect.stringContaining('Type a slash command'),
    });
    expect(parse('/nope')).toMatchObject({
      kind: 'error',
      message: expect.stringContaining('Unknown command /nope'),
    });
    expect(parse('/ask')).toEqual({
      kind: 'error',
      message: 'Missing question.\nUsage: /ask question:<text> [hide:<true|false>] [for:<user>]',
    });
    expect(parse('/paragraph x')).toMatchObject({
      kind: 'error',
      message: expect.stringContaining('whole number'),
    });
    expect(parse('/ask question:x hide:maybe')).toMatchObject({
      kind: 'error',
      message: expect.stringContaining('true or false'),
    });
    expect(parse('/help me')).toMatchObject({ kind: 'error' });
  });
});
