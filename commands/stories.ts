import type { SlashCommandStringOption } from 'discord.js';
import { notice, renderStoryList } from '../src/render/index.js';
import type { Choice, Reply } from '../src/render/payload.js';
import type { Story } from '../src/search/library.js';
import type { CommandContext } from './types.js';

/** The shared optional `story` option: a story id, autocompleted from the stories the guild can see. */
export function storyOption(option: SlashCommandStringOption): SlashCommandStringOption {
  return option.setName('story').setDescription('Which story (default: the only one)').setAutocomplete(true);
}

/** The story named by `id`, or the only visible one; otherwise a reply explaining what to pick. */
export function pickStory(ctx: CommandContext, id: string | undefined): Story | Reply {
  const stories = ctx.library.list(ctx.scope);
  if (id) {
    const story = ctx.library.get(id, ctx.scope);
    if (story) return story;
    const hint = stories.length > 0 ? ' Pick one of these:' : '';
    return stories.length > 0
      ? {
          ...renderStoryList(stories.map((s) => s.article)),
          content: `There is no story \`${safeId(id)}\`.${hint}`,
        }
      : notice('No stories are loaded yet.');
  }
  const [only, ...rest] = stories;
  if (!only) return notice('No stories are loaded yet.');
  if (rest.length === 0) return only;
  return { ...renderStoryList(stories.map((s) => s.article)), content: 'Several stories: add `story:<id>`.' };
}

export function isStory(x: Story | Reply): x is Story {
  return 'article' in x;
}

/** Autocomplete for `story`: ids whose id or headline contains what was typed. */
export function storyChoices(ctx: CommandContext, typed: string): Choice[] {
  const needle = typed.trim().toLowerCase();
  return ctx.library
    .list(ctx.scope)
    .filter((s) => !needle || `${s.article.id} ${s.article.headline}`.toLowerCase().includes(needle))
    .map((s) => ({ name: `${s.article.headline} (${s.article.id})`, value: s.article.id }));
}

function safeId(id: string): string {
  return id.replace(/[`\\]/g, '').slice(0, 100);
}
