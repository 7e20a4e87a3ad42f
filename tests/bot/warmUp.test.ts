import { describe, expect, it, vi } from 'vitest';
import { commands } from '../../commands/index.js';
import type { Command } from '../../commands/types.js';
import { inBothForms, practiceQuestions, warmUp } from '../../src/bot/warmUp.js';
import { analyseQuestion } from '../../src/search/query.js';
import { readOnlyStories } from '../../src/services.js';
import { libraryOf, realArticle } from '../search/realArticle.js';

const library = libraryOf(realArticle());
const deps = { library, commands, stories: readOnlyStories(library) };
// Every practice question is asked in both string forms.
const perRound = practiceQuestions(realArticle()).length * 2;

describe('warmUp', () => {
  it('asks /ask the practice questions of the stories, up to the rounds', () => {
    expect(warmUp(deps, { rounds: 2, budgetMs: 10_000 })).toBe(2 * perRound);
  });

  it('works every answer out anew, neither from nor into the answers the library remembers', () => {
    const spied = libraryOf(realArticle());
    const answer = vi.spyOn(spied, 'answer');
    warmUp({ ...deps, library: spied }, { rounds: 2, budgetMs: 10_000 });
    expect(answer).toHaveBeenCalledTimes(2 * perRound);
    expect(answer.mock.calls.every(([, options]) => options?.fresh === true)).toBe(true);
    // Nothing practised is remembered: the first real question is worked out, not handed the practice's answer.
    const practised = answer.mock.results[0]?.value;
    const question = answer.mock.calls[0]?.[0] ?? '';
    expect(spied.answer(question, answer.mock.calls[0]?.[1])).not.toBe(practised);
  });

  it('stops at its time budget whatever the rounds (a round already begun ends)', () => {
    expect(warmUp(deps, { rounds: 1_000_000, budgetMs: 0 })).toBe(0);
    const asked = warmUp(deps, { rounds: 1_000_000, budgetMs: 20 });
    expect(asked).toBeGreaterThan(0);
    expect(asked).toBeLessThan(1_000_000);
  });

  it('checks its budget before each question, not only between rounds (a round on 1,000 stories is slower)', () => {
    const ask = commands.find((c) => c.data.name === 'ask') as Command;
    const slow: Command = {
      ...ask,
      execute: (...args) => {
        const until = performance.now() + 5;
        while (performance.now() < until);
        return ask.execute(...args);
      },
    };
    const asked = warmUp({ ...deps, commands: [slow] }, { rounds: 1, budgetMs: 12 });
    expect(asked).toBeGreaterThan(0);
    expect(asked).toBeLessThanOrEqual(3);
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
    expect(warmUp({ ...deps, commands: spied }, { rounds: 1, budgetMs: 10_000 })).toBe(perRound);
    expect(execute).toHaveBeenCalledTimes(perRound);
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
  const article = {
    headline: 'NATO agrees to boost air defences',
    quotes: [
      { text: 'We must act', speaker: 'A NATO official', paragraph: 1, fragment: false },
      { text: 'a turning point', speaker: 'Jens Stoltenberg', paragraph: 2, fragment: true },
      { text: 'We will deliver', speaker: 'Jens Stoltenberg', paragraph: 3, fragment: false },
    ],
  };

  it('is the headline, with a slip in its longest word, and with a word no story has', () => {
    expect(practiceQuestions(article).slice(0, 3)).toEqual([
      'NATO agrees to boost air defences',
      'NATO agrees to boost air deefnces',
      'NATO agrees to qwertyuiop',
    ]);
    expect(practiceQuestions({ headline: '   ', quotes: [] })).toEqual([]);
  });

  it('asks the headline in every shape of question, each read as the kind of answer it asks for', () => {
    const questions = practiceQuestions(article);
    expect(questions).toContain('how many NATO agrees to boost air defences');
    expect(questions).toContain('what time did NATO agrees to boost air defences');
    const kinds = new Set(questions.map((q) => analyseQuestion(q).answerType));
    for (const kind of [
      'money',
      'measure',
      'length',
      'age',
      'number',
      'score',
      'time',
      'date',
      'future',
      'speech',
      'person',
      'place',
    ])
      expect(kinds).toContain(kind);
  });

  it("asks about the first named speaker of a full quote (not a description, not a scare-quoted phrase's)", () => {
    expect(practiceQuestions(article).slice(-3)).toEqual([
      'who is Jens Stoltenberg',
      'how old is Jens Stoltenberg',
      'what did Stoltenberg say',
    ]);
    expect(practiceQuestions({ ...article, quotes: article.quotes.slice(0, 2) })).not.toContain(
      'who is Jens Stoltenberg',
    );
  });
});

describe('inBothForms', () => {
  it('is the question as written and with a dash, which changes nothing the engine reads', () => {
    const question = 'who is Jens Stoltenberg';
    const [plain, dashed] = inBothForms(question);
    expect(plain).toBe(question);
    expect(dashed).toBe(`${question} \u2014`);
    const excerpts = (q: string) => library.answer(q).excerpts.map((e) => e.text);
    expect(excerpts(dashed as string)).toEqual(excerpts(question));
    expect(analyseQuestion(dashed as string)).toMatchObject({ answerType: 'person' });
  });
});
