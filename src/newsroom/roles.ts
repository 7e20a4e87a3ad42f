import nlp from 'compromise';
import { wholeWord } from './text.js';

/**
 * Roles written as appositions: "the head of Ukrainian diplomacy, Dmitro Kouleba" or "Joe Biden, the US president,".
 * Titles written in front of a name ("Foreign Minister X") are found by `mentions.ts`; this covers the rest.
 */

/** Role nouns compromise does not tag as #Actor; general English, not this story's. */
const ROLE_NOUNS = new Set(
  (
    'spokesman spokeswoman spokesperson head chief ambassador senator envoy director commander governor mayor ' +
    'secretary minister president chancellor leader premier officer official representative tenant'
  ).split(' '),
);

/** Longest role phrase kept: longer ones are clauses, not titles. */
const MAX_ROLE_WORDS = 8;

/** Words that may stand inside a role phrase before its head noun ("current", "US", "foreign"). */
const MODIFIER_TAGS = ['Adjective', 'Noun', 'ProperNoun', 'Acronym', 'Demonym'];

interface Tagged {
  text: string;
  tags: string[];
}

function tag(text: string): Tagged[] {
  const doc = nlp(text).json({ terms: { tags: true } }) as { terms: Tagged[] }[];
  return doc.flatMap((s) => s.terms);
}

function isRoleNoun(t: Tagged): boolean {
  const lower = t.text.toLowerCase();
  return ROLE_NOUNS.has(lower) || (t.tags.includes('Actor') && /^\p{Ll}/u.test(t.text));
}

/** The role phrase inside `segment`: its last role noun, widened left over modifiers, to the segment's end. */
function rolePhrase(segment: string): string | undefined {
  const terms = tag(segment);
  let head = -1;
  terms.forEach((t, i) => {
    if (isRoleNoun(t)) head = i;
  });
  if (head < 0) return undefined;
  let start = head;
  while (start > 0) {
    const prev = terms[start - 1];
    if (!prev || !MODIFIER_TAGS.some((m) => prev.tags.includes(m)) || prev.tags.includes('Pronoun')) break;
    if (prev.tags.includes('Determiner') || prev.tags.includes('Preposition')) break;
    start--;
  }
  const phrase = terms.slice(start);
  // A verb after the head means the segment is a clause, not a title ("the leader said that …").
  if (phrase.length > MAX_ROLE_WORDS || phrase.some((t) => t.tags.includes('Verb'))) return undefined;
  return phrase.map((t) => t.text).join(' ');
}

const BOUNDARY = /[,.;:!?“”"()–—]/u;

function lastClause(text: string): string {
  const parts = text.split(BOUNDARY);
  return (parts[parts.length - 1] ?? '').trim();
}

/** A role given to `name` by an apposition somewhere in `text`, or undefined. */
export function appositiveRole(text: string, name: string): string | undefined {
  for (const m of text.matchAll(wholeWord(name))) {
    const before = text.slice(0, m.index);
    // "Kremlin spokesman Dmitry Peskov": a lower-case title written straight before the name.
    const direct = /([^,.;:!?“”"()–—]+)\s$/u.exec(before)?.[1];
    const lastWord = tag(direct?.split(/\s+/).pop() ?? '')[0];
    if (direct && lastWord && isRoleNoun(lastWord)) {
      const role = rolePhrase(direct);
      if (role) return role;
    }
    if (/,\s*$/u.test(before)) {
      const upToComma = before.replace(/,\s*$/u, '');
      const segment = lastClause(upToComma);
      if (segment) {
        // "the leader also participated. of Ukrainian diplomacy, X": a broken "leader of …" is joined back.
        if (/^of\s/u.test(segment)) {
          const previous = upToComma.slice(0, upToComma.length - segment.length).replace(/[\s.,;:]+$/u, '');
          const head = tag(lastClause(previous)).filter(isRoleNoun).pop();
          if (head) return `${head.text} ${segment}`;
        }
        const role = rolePhrase(segment);
        if (role) return role;
      }
    }
    const after = text.slice((m.index ?? 0) + m[0].length);
    const follow = /^\s*,\s*((?:the|a|an)\s[^,.;:!?“”"()]+)/iu.exec(after);
    if (follow?.[1]) {
      const role = rolePhrase(follow[1]);
      if (role) return role;
    }
  }
  return undefined;
}
