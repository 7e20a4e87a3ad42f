import type { Article, Quote } from '../article/types.js';
import type { EntityKind, Person } from '../newsroom/people.js';
import { escapeText } from './escape.js';
import { LIMITS } from './limits.js';
import { COLOR, type EmbedField, NO_MENTIONS, type Reply } from './payload.js';
import { cite, sourceLine } from './source.js';
import { packLines } from './summary.js';

const KIND_LABEL: Record<EntityKind, string> = {
  person: 'Person',
  organisation: 'Organisation',
  place: 'Place',
};

const KINDS: readonly EntityKind[] = ['person', 'organisation', 'place'];
const PLURAL: Record<EntityKind, string> = {
  person: 'people',
  organisation: 'organisations',
  place: 'places',
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Direct quotes only: scare-quoted phrases are shown with a person but not counted as things they said. */
export const directQuotes = (person: Person): Quote[] => person.quotes.filter((q) => !q.fragment);

/**
 * Everyone the story names, one inline field each (name; kind and role; mentions, ¶ introduced, quotes), people
 * first. Discord allows 25 fields: past 24 the rest are named in a last "… and N more" field.
 */
export function renderPeopleList(article: Article, list: readonly Person[], ephemeral = false): Reply {
  const shown = list.length > LIMITS.fields ? list.slice(0, LIMITS.fields - 1) : list;
  const fields: EmbedField[] = shown.map((p) => ({
    name: escapeText(p.name),
    value: listValue(p),
    inline: true,
  }));
  const rest = list.slice(shown.length);
  if (rest.length > 0) {
    fields.push({
      name: `… and ${rest.length} more`,
      value: rest.map((p) => `${escapeText(p.name)} (${cite(p.firstParagraph)})`).join(', '),
    });
  }
  const counts = KINDS.map((kind) => [kind, list.filter((p) => p.kind === kind).length] as const)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => `${n} ${n === 1 ? kind : PLURAL[kind]}`);
  return {
    embeds: [
      {
        color: COLOR,
        author: { name: 'People and organisations in the story' },
        title: escapeText(article.headline),
        description:
          list.length > 0
            ? `${counts.join(', ')} (each kind in order of first mention). \`/people name:<name>\` shows one with their quotes.`
            : 'The story names nobody.',
        ...(fields.length > 0 ? { fields } : {}),
        footer: { text: sourceLine(article) },
      },
    ],
    ephemeral,
    allowedMentions: NO_MENTIONS,
  };
}

/** "Person — NATO Secretary General\n5 mentions · from ¶2 · 4 quotes" */
function listValue(p: Person): string {
  const what = p.role ? `${KIND_LABEL[p.kind]} — ${escapeText(p.role)}` : KIND_LABEL[p.kind];
  const quotes = directQuotes(p).length;
  const facts = [plural(p.mentions, 'mention'), `from ${cite(p.firstParagraph)}`];
  if (p.kind === 'person' || quotes > 0) facts.push(plural(quotes, 'quote'));
  return `${what}\n${facts.join(' · ')}`;
}

/** One person (or organisation): role, where introduced, mentions, other names, and every quote with its ¶. */
export function renderPerson(article: Article, person: Person, ephemeral = false): Reply {
  const quotes = person.quotes.map(
    (q) => `> “${escapeText(q.text)}” (${cite(q.paragraph)})${q.fragment ? ' *(phrase)*' : ''}`,
  );
  const role = person.role ? `**${escapeText(person.role)}**\n` : '';
  const head = `${role}${KIND_LABEL[person.kind]} in “${escapeText(article.headline)}”\n\n`;
  const body =
    quotes.length > 0
      ? packLines(quotes, LIMITS.description - head.length, (n) => `*… and ${plural(n, 'more quote')}*`)
      : '*Not quoted in the story.*';
  const fields: EmbedField[] = [
    { name: 'Introduced', value: cite(person.firstParagraph), inline: true },
    { name: 'Mentions', value: String(person.mentions), inline: true },
    { name: 'Quotes', value: String(directQuotes(person).length), inline: true },
  ];
  if (person.aliases.length > 0)
    fields.push({ name: 'Also named', value: person.aliases.map(escapeText).join(', '), inline: true });
  return {
    embeds: [
      {
        color: COLOR,
        title: escapeText(person.name),
        description: `${head}${body}`,
        fields,
        footer: { text: sourceLine(article) },
      },
    ],
    ephemeral,
    allowedMentions: NO_MENTIONS,
  };
}

/** Nobody matches: say so and offer the closest names. */
export function renderUnknownPerson(typed: string, suggestions: readonly Person[], ephemeral = true): Reply {
  const names = suggestions.map((p) => `**${escapeText(p.name)}**`).join(', ');
  const hint = names ? ` Did you mean ${names}?` : '';
  return {
    content: `The story names nobody called “${escapeText(typed)}”.${hint} Try \`/people\` for the full list.`,
    ephemeral,
    allowedMentions: NO_MENTIONS,
  };
}
