import type { Command, CommandContext, StoryStore } from '../../commands/types.js';
import type { Article } from '../article/types.js';
import type { StoryLibrary } from '../search/library.js';
import { NO_INSIGHTS } from '../services.js';
import { toReplyBody } from './send.js';

export interface WarmUpDeps {
  library: StoryLibrary;
  commands: readonly Command[];
  stories: StoryStore;
}

export interface WarmUpLimits {
  /** Most rounds over the questions (V8 compiles a function to fast code after some hundred calls). */
  rounds: number;
  /** Most time to spend, whatever the rounds: 1,000 stories answer ~30× slower than one. */
  budgetMs: number;
}

/** ~30 ms on one story: what the first burst of questions after a start would otherwise pay (`npm run load`). */
export const WARM_UP: WarmUpLimits = { rounds: 100, budgetMs: 100 };

/**
 * Runs /ask's core — search, rendering, the reply options — on questions made from the loaded stories before the
 * bot goes online, so that the first questions after a start do not run on code V8 has not compiled yet. Nothing
 * is sent or recorded (no interaction, no insights, no cooldown). Returns how many questions it asked; a failure
 * is the caller's to log, never a reason not to start.
 */
export function warmUp(deps: WarmUpDeps, limits: WarmUpLimits = WARM_UP): number {
  const ask = deps.commands.find((c) => c.data.name === 'ask');
  const questions = deps.library
    .list()
    .slice(0, 3)
    .flatMap((story) => practiceQuestions(story.article))
    .flatMap(inBothForms);
  if (!ask || questions.length === 0) return 0;
  const ctx = practiceContext(deps);
  const deadline = performance.now() + limits.budgetMs;
  let asked = 0;
  for (let round = 0; round < limits.rounds; round++) {
    for (const question of questions) {
      // Checked at each question: on 1,000 stories a round of them takes longer than the whole budget.
      if (performance.now() >= deadline) return asked;
      const reply = ask.execute({ options: { question } }, ctx);
      // /ask answers synchronously; a command that did not would have nothing to warm here.
      if (!(reply instanceof Promise)) toReplyBody(reply);
      asked += 1;
    }
  }
  return asked;
}

/**
 * A question in both of V8's string forms, which it compiles each regular expression for separately: one byte a
 * character, as the gateway's JSON delivers a question typed in plain text, and two, as it delivers one with a curly
 * apostrophe or a dash. A headline cut from an article that has such characters anywhere stays in the two-byte form
 * even when it has none itself, and practice on it alone left every pattern of the search to be compiled again by
 * the first questions after a start (7 ms for "who is Jens Stoltenberg").
 */
export function inBothForms(question: string): string[] {
  const oneByte = JSON.parse(JSON.stringify(question)) as string;
  return [oneByte, `${oneByte} \u2014`];
}

/**
 * Question shapes that lead the engine down different paths (what each asks for: a sum, a measure, a length, an
 * age, a count, a score, a time, a date, a quote, a person, a place, a name, a reason, advice it declines), each
 * filled in with the story's headline (`{h}`), so that no kind of question is the first of its kind after a start.
 */
const SHAPES = [
  'how much did {h} cost',
  'how deep is {h}',
  'how long did {h} last',
  'how many {h}',
  'what was the score in {h}',
  'what time did {h}',
  'when did {h}',
  'when will {h}',
  'who {h}',
  'where did {h}',
  'which country {h}',
  'what is the name of {h}',
  'why did {h}',
  'how do I {h}',
];

// Two or more capitalised words, the first not an article: a name ("Jens Stoltenberg"), not a description ("A NATO
// official").
const FULL_NAME = /^(?!(?:A|An|The)\s)\p{Lu}\S*(?:\s+\p{Lu}\S*)+$/u;

/**
 * Questions made from a story's own words: its headline as asked, with a slip in its longest word (the typo path)
 * and with a word no story has (words resolved through spellings and WordNet, and "not covered"); the headline in
 * each question shape; who its first named speaker is, how old, and what they said.
 */
export function practiceQuestions(article: Pick<Article, 'headline' | 'quotes'>): string[] {
  const headline = article.headline.trim();
  const words = headline.split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
  const slip =
    longest.length > 4 ? `${longest.slice(0, 2)}${longest[3]}${longest[2]}${longest.slice(4)}` : longest;
  const speaker = article.quotes.find((q) => !q.fragment && FULL_NAME.test(q.speaker))?.speaker;
  const surname = speaker?.split(/\s+/).at(-1);
  const about =
    speaker && surname ? [`who is ${speaker}`, `how old is ${speaker}`, `what did ${surname} say`] : [];
  return [
    headline,
    headline.replace(longest, slip),
    `${words.slice(0, 3).join(' ')} qwertyuiop`,
    ...SHAPES.map((shape) => shape.replace('{h}', headline)),
    ...about,
  ];
}

function practiceContext(deps: WarmUpDeps): CommandContext {
  // Every round works the answers out anew: a remembered answer would leave the search itself unpractised.
  const { library } = deps;
  return {
    library: {
      ...library,
      answer: (question, options) => library.answer(question, { ...options, fresh: true }),
    },
    commands: deps.commands,
    stories: deps.stories,
    insights: NO_INSIGHTS,
    scope: { guildId: null },
    user: { id: '0', name: 'warm-up' },
    operator: false,
    can: () => false,
    readAttachment: () => Promise.reject(new Error('no attachments while warming up')),
    afterReply: () => undefined,
  };
}
