import { describe, expect, it, vi } from 'vitest';
import { commands } from '../../commands/index.js';
import type { Command } from '../../commands/types.js';
import { practiceQuestions, warmUp } from '../../src/bot/warmUp.js';
import { readOnlyStories } from '../../src/services.js';
import { libraryOf, realArticle } from '../search/realArticle.js';

const library = libraryOf(realArticle());
const deps = { library, commands, stories: readOnlyStories(library) };

describe('warmUp', () => {
  it('asks /ask the practice questions of the stories, up to the rounds', () => {
    expect(warmUp(deps, { rounds: 2, budgetMs: 10_000 })).toBe(2 * 3);
  });

  it('stops at its time budget whatever the rounds (a round already begun ends)', () => {
    expect(warmUp(deps, { rounds: 1_000_000, budgetMs: 0 })).toBe(0);
    const asked = warmUp(deps, { rounds: 1_000_000, budgetMs: 20 });
    expect(asked).toBeGreaterThan(0);
    expect(asked).toBeLessThan(1_000_000);
  });

  it('sends nothing and records nothing: the insights and attachments of its context are never touched', () => {
    const execute = vi.fn((...args: Parameters<Command['execute']>) => {
      const [, ctx] = args;
      const recorded = vi.spyOn(ctx.insights, 'question');
      const reply = ask.execute(...args);
      expect(recorded).not.toHaveBeenCalled();
      return reply;
    });
    const ask = commands.find((c) => c.data.name === 'ask') as Command;
    const spied: Command[] = [{ ...ask, execute }];
    expect(warmUp({ ...deps, commands: spied }, { rounds: 1, budgetMs: 1000 })).toBe(3);
    expect(execute).toHaveBeenCalledTimes(3);
    expect(execute.mock.calls.every(([, ctx]) => ctx.scope.guildId === null)).toBe(true);
  });

  it('does nothing without stories or without /ask', () => {
    const empty = libraryOf(realArticle());
    empty.remove(realArticle().id);
    expect(warmUp({ ...deps, library: empty, stories: readOnlyStories(empty) })).toBe(0);
    expect(warmUp({ ...deps, commands: commands.filter((c) => c.data.name !== 'ask') })).toBe(0);
  });
});

describe('practiceQuestions', () => {
  it('is the headline, the headline with a slip in its longest word, and a question with a word no story has', () => {
    expect(practiceQuestions('NATO agrees to boost air defences')).toEqual([
      'NATO agrees to boost air defences',
      'NATO agrees to boost air deefnces',
      'NATO agrees to qwertyuiop',
    ]);
    expect(practiceQuestions('   ')).toEqual([]);
  });
});
