import type { Command, CommandContext, StoryStore } from '../../commands/types.js';
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
    .flatMap((story) => practiceQuestions(story.article.headline));
  if (!ask || questions.length === 0) return 0;
  const ctx = practiceContext(deps);
  const deadline = performance.now() + limits.budgetMs;
  let asked = 0;
  for (let round = 0; round < limits.rounds && performance.now() < deadline; round++) {
    for (const question of questions) {
      const reply = ask.execute({ options: { question } }, ctx);
      // /ask answers synchronously; a command that did not would have nothing to warm here.
      if (!(reply instanceof Promise)) toReplyBody(reply);
      asked += 1;
    }
  }
  return asked;
}

/**
 * A story's headline as asked, with a slip in its longest word (the typo path), and with a word no story has (the
 * path of words resolved through spellings and WordNet, and of "not covered").
 */
export function practiceQuestions(headline: string): string[] {
  const words = headline.split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
  const slip =
    longest.length > 4 ? `${longest.slice(0, 2)}${longest[3]}${longest[2]}${longest.slice(4)}` : longest;
  return [headline, headline.replace(longest, slip), `${words.slice(0, 3).join(' ')} qwertyuiop`];
}

function practiceContext(deps: WarmUpDeps): CommandContext {
  return {
    library: deps.library,
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
