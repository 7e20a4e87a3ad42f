import { SlashCommandBuilder } from 'discord.js';
import { distance } from 'fastest-levenshtein';
import type { Article } from '../src/article/types.js';
import { peopleOf } from '../src/newsroom/memo.js';
import { findPerson, type Person, searchPeople } from '../src/newsroom/people.js';
import { type Choice, toChoices } from '../src/render/index.js';
import type { Reply } from '../src/render/payload.js';
import { renderPeopleList, renderPerson, renderUnknownPerson } from '../src/render/people.js';
import { getBoolean, getString } from './options.js';
import { isStory, pickStory, storyChoices, storyOption } from './stories.js';
import type { CommandContext, CommandInput, FocusedOption } from './types.js';

/** Names offered when the typed one matches nobody. */
const SUGGESTIONS = 3;
/** Normalised edit distance under which a name counts as a likely typo of what was typed. */
const NEAR = 0.5;

export const data = new SlashCommandBuilder()
  .setName('people')
  .setDescription('Who the story mentions: roles, mentions, where introduced, and their quotes')
  .addStringOption((o) =>
    o
      .setName('name')
      .setDescription('One person or organisation (fuzzy: "Stoltenbreg" works)')
      .setMaxLength(100)
      .setAutocomplete(true),
  )
  .addStringOption(storyOption)
  .addBooleanOption((o) => o.setName('hide').setDescription('Only you see the answer'));

export const examples = ['/people', '/people name:Stoltenberg'];

export function execute(input: CommandInput, ctx: CommandContext): Reply {
  const ephemeral = getBoolean(input, 'hide');
  const picked = pickStory(ctx, getString(input, 'story'));
  if (!isStory(picked)) return picked;
  const { article } = picked;
  const list = peopleOf(article);
  const name = getString(input, 'name')?.trim();
  if (!name) return renderPeopleList(article, list, ephemeral);
  const person = findPerson(list, name);
  return person ? renderPerson(article, person, ephemeral) : renderUnknownPerson(name, closest(list, name));
}

export function autocomplete(focused: FocusedOption, input: CommandInput, ctx: CommandContext): Choice[] {
  if (focused.name === 'story') return toChoices(storyChoices(ctx, focused.value));
  if (focused.name !== 'name') return [];
  const seen = new Set<string>();
  const choices: Choice[] = [];
  for (const article of articlesFor(ctx, getString(input, 'story'))) {
    for (const p of searchPeople(peopleOf(article), focused.value, 25)) {
      if (seen.has(p.name)) continue;
      seen.add(p.name);
      choices.push({ name: `${p.name} — ${p.role ?? p.kind}`, value: p.name });
    }
  }
  return toChoices(choices);
}

/** The chosen story, or every visible one (autocomplete runs before a story is picked). */
function articlesFor(ctx: CommandContext, storyId: string | undefined): Article[] {
  const chosen = storyId ? ctx.library.get(storyId, ctx.scope) : undefined;
  return chosen ? [chosen.article] : ctx.library.list(ctx.scope).map((s) => s.article);
}

/**
 * Names to offer instead: those within a few typos of `typed` (edit distance over full names, other names and single
 * words), else the most mentioned people, so the reply always points somewhere useful.
 */
export function closest(list: readonly Person[], typed: string, limit = SUGGESTIONS): Person[] {
  const t = typed.toLowerCase();
  const score = (p: Person) =>
    Math.min(
      ...[p.name, ...p.aliases, ...p.name.split(/\s+/)].map(
        (v) => distance(t, v.toLowerCase()) / Math.max(t.length, v.length),
      ),
    );
  const near = list
    .map((p) => ({ p, s: score(p) }))
    .filter(({ s }) => s <= NEAR)
    .sort((a, b) => a.s - b.s)
    .map(({ p }) => p);
  const prominent = list.filter((p) => p.kind === 'person').sort((a, b) => b.mentions - a.mentions);
  return (near.length > 0 ? near : prominent).slice(0, limit);
}
