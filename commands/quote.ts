import { SlashCommandBuilder } from 'discord.js';
import Fuse from 'fuse.js';
import type { Article, Quote } from '../src/article/types.js';
import { escapeText, notice, type QuoteHit, renderQuotes, toChoices } from '../src/render/index.js';
import type { Reply } from '../src/render/payload.js';
import { getBoolean, getString } from './options.js';
import { isStory, pickStory, storyChoices, storyOption } from './stories.js';
import type { CommandContext, CommandInput, FocusedOption } from './types.js';

/** Most quotes in one reply (the renderer would cut more anyway). */
const MAX_QUOTES = 10;

export const data = new SlashCommandBuilder()
  .setName('quote')
  .setDescription('Direct quotes from the stories, with speaker and paragraph')
  .addStringOption((o) =>
    o.setName('speaker').setDescription('Who said it (fuzzy: "Stoltenbreg" works)').setAutocomplete(true),
  )
  .addStringOption((o) => o.setName('about').setDescription('Words the quote is about'))
  .addStringOption(storyOption)
  .addBooleanOption((o) => o.setName('hide').setDescription('Only you see the answer'));

export const examples = ['/quote speaker:Stoltenberg', '/quote about:air defense'];
export const cooldown = true;

export function execute(input: CommandInput, ctx: CommandContext): Reply {
  const storyId = getString(input, 'story');
  const speaker = getString(input, 'speaker')?.trim();
  const about = getString(input, 'about')?.trim();
  const ephemeral = getBoolean(input, 'hide');
  let hits = allQuotes(ctx, storyId);
  if (!Array.isArray(hits)) return hits;
  if (hits.length === 0) return notice('The stories have no direct quotes.', ephemeral);
  if (speaker) {
    const matched = new Set(matchSpeakers(hits, speaker));
    if (matched.size === 0) {
      const names = speakersOf(hits).slice(0, 10).map(escapeText).join(', ');
      return notice(`Nobody called “${escapeText(speaker)}” is quoted. Speakers: ${names}.`, ephemeral);
    }
    hits = hits.filter((h) => matched.has(h.quote.speaker));
  }
  if (about) {
    const fuse = new Fuse(hits, { keys: ['quote.text'], ignoreLocation: true, threshold: 0.35 });
    hits = fuse.search(about).map((r) => r.item);
    if (hits.length === 0) return notice(`No quote is about “${escapeText(about)}”.`, ephemeral);
  }
  // Name the speakers as the article does, not as typed ("Stoltenbreg" found Jens Stoltenberg).
  const named = speaker && [...new Set(hits.map((h) => h.quote.speaker))].join(', ');
  const heading = ['Quotes', named && `by ${named}`, about && `about ${about}`].filter(Boolean).join(' ');
  return renderQuotes(hits.slice(0, MAX_QUOTES), heading, ephemeral);
}

export function autocomplete(focused: FocusedOption, _input: CommandInput, ctx: CommandContext) {
  if (focused.name === 'story') return toChoices(storyChoices(ctx, focused.value));
  if (focused.name !== 'speaker') return [];
  const hits = allQuotes(ctx, undefined);
  if (!Array.isArray(hits)) return [];
  return toChoices(focused.value.trim() ? matchSpeakers(hits, focused.value) : speakersOf(hits));
}

/** Direct quotes (fragments left out) of the chosen story, or of every visible story. */
function allQuotes(ctx: CommandContext, storyId: string | undefined): QuoteHit[] | Reply {
  let articles: Article[];
  if (storyId) {
    const picked = pickStory(ctx, storyId);
    if (!isStory(picked)) return picked;
    articles = [picked.article];
  } else articles = ctx.library.list(ctx.scope).map((s) => s.article);
  return articles.flatMap((article) =>
    article.quotes.filter((q: Quote) => !q.fragment).map((quote) => ({ article, quote })),
  );
}

/** Distinct speakers, most quoted first. */
function speakersOf(hits: readonly QuoteHit[]): string[] {
  const counts = new Map<string, number>();
  for (const { quote } of hits) counts.set(quote.speaker, (counts.get(quote.speaker) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([name]) => name);
}

/** Speakers fuzzily matching `typed` (typos and partial names: "Stoltenbreg", "Kuleba" → "Dmitro Kouleba"). */
function matchSpeakers(hits: readonly QuoteHit[], typed: string): string[] {
  const fuse = new Fuse(speakersOf(hits), { ignoreLocation: true, threshold: 0.4 });
  return fuse.search(typed).map((r) => r.item);
}
