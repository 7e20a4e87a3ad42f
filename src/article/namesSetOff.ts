import { isMostlyAdjective } from '../lexicon/wordKinds.js';
import { describedAs, isArticle, isTitleOrRole, RELATIVE } from './names.js';
import { isCapitalised, isRole, PARTICLES } from './nameWords.js';

// A capitalised word of a name, perhaps with a capital inside ("MacRae", "O'Rourke").
const NAME_WORD = `\\p{Lu}[\\p{Ll}'’-]+(?:\\p{Lu}[\\p{Ll}'’-]+)?`;
// A full name (two or three such words, perhaps with particles between: "Joke van Asselt") set off by a comma, then an
// age or a description.
const NAME_SET_OFF = new RegExp(
  `(?<![\\p{L}'’])(${NAME_WORD}(?: (?:(?:${[...PARTICLES].join('|')}) )*${NAME_WORD}){1,2}),(?= )`,
  'gu',
);

// How many words into a description its role word may stand ("senior policy adviser").
const ROLE_WORD_REACH = 3;

/**
 * People named with something set off after the name, and the description as their role: an age ("Halina Grabowska,
 * 63, a retired teacher, left her flat"), a role ("Marta Wisniewska, head of the poultry farmers' association,
 * rejected …") or what they do ("…, who leads the local branch of the union, …"). A later "she said" may mean them,
 * though they said nothing yet.
 */
export function namesSetOff(text: string): { name: string; role: string }[] {
  return [...text.matchAll(NAME_SET_OFF)].flatMap((m) => {
    const after = text
      .slice((m.index ?? 0) + m[0].length)
      .trimStart()
      .split(/\s+/);
    // The description, past an article ("a 78-year-old …").
    const lead = after.slice(isArticle(after[0] ?? '') ? 1 : 0);
    const head = lead[0];
    // An age in figures, alone or as a description's first word ("Elsbeth Frei, a 78-year-old retired schoolteacher").
    const yearOld = /^\d{1,3}-year-old\b/.test(head ?? '');
    const aged = /^\d{1,3},$/.test(after[0] ?? '') || yearOld;
    // Or a role, its word perhaps after a word or two that say which ("regional organiser for the union"); or what
    // they do: "Silvia Orlandi, who leads the local branch of the union, welcomed …" (see `describedAs`).
    const roleWordAt = lead.slice(0, ROLE_WORD_REACH).findIndex((w) => isRole(w.replace(/,$/, '')));
    const roleLed = roleWordAt >= 0 && !lead.slice(0, roleWordAt).some((w) => w.endsWith(','));
    if (!aged && !roleLed && !/^who$/i.test(after[0] ?? '')) return [];
    // A capitalised word that opens the sentence is no part of the name ("But Michalis Dounias, general secretary").
    const words = (m[1] ?? '').split(' ');
    while (!aged && words.length > 0 && !isCapitalised(words[0] ?? '')) words.shift();
    // Nor is a title before it ("Infrastructure Minister Sofie van Aalst, who flew …", "Councillor Denise Marlow").
    while (words.length > 2 && isTitleOrRole(words[0] ?? '')) words.shift();
    // A possessive before the name says whose they are ("Norway's Eirik Vassbotn, 29,"), not who.
    while (words.length > 2 && /['’]s$/.test(words[0] ?? '')) words.shift();
    const described = describedAs(after).split(' ');
    const relative = yearOld ? described.findIndex((w, i) => i > 0 && RELATIVE.test(w)) : -1;
    const role = (relative > 0 ? described.slice(0, relative) : described).join(' ');
    return (aged || role) && words.length >= 2 ? [{ name: words.join(' '), role }] : [];
  });
}

/** The time an age set off after a name was theirs ("Vollmer, now 81,"). */
export const AGE_ADVERBS = 'now|then|still';
/** What ends an age set off after a name: a comma, or "and" and what the person is ("Frame, now 59 and a farmer"). */
export const AGE_SET_OFF_END = String.raw`(?:,| and (?:a|an|the)\b)`;

// A surname alone opening a sentence, set off by an age, perhaps with the time it was theirs ("Frame, now 59 and a
// sheep farmer near Glenbrae, was …").
const SURNAME_AGED = new RegExp(
  `(?:^|[.!?]["”’]?\\s+)(${NAME_WORD}), (?:(?:${AGE_ADVERBS}) )?\\d{1,3}${AGE_SET_OFF_END}`,
  'gu',
);

/**
 * Surnames that open a sentence set off by an age ("Frame, now 59, …"): a person, whom the story may have named in
 * full where nothing said so ("the record set by Dougal Frame in 2015"), and whom a later "he said" may mean.
 */
export function surnamesSetOffByAge(text: string): string[] {
  return [...text.matchAll(SURNAME_AGED)].map((m) => m[1] ?? '');
}

// "The Mayor of Merrowby, Councillor Ravi Oduya, 44,": a role (up to three words, the last a role word), what it is of
// (a body or place: capitalised words, perhaps after "the" or with "of" between), then the name set off by commas,
// perhaps after a title.
const ROLE_OF_BODY_SET_OFF =
  /(?<![\p{L}'’-])((?:[\p{L}'’-]+ ){0,2}[\p{L}'’-]+) (of|for|at) ((?:the )?\p{Lu}[\p{L}'’&-]*(?: (?:of |and |for )?\p{Lu}[\p{L}'’&-]*){0,4}), ((?:\p{Lu}[\p{L}'’.-]* ){1,3}\p{Lu}[\p{L}'’-]*),/gu;

/**
 * People named after their role and its body, set off by commas ("The chief constable of Westmoor Police, Margaret
 * Ellison, said …"), with those as the role: a later "she said" may mean them.
 */
export function namesAfterRolesOfBodies(text: string): { name: string; role: string }[] {
  return [...text.matchAll(ROLE_OF_BODY_SET_OFF)].flatMap((m) => {
    const before = (m[1] ?? '').split(' ');
    if (!isRole(before.at(-1) ?? '')) return [];
    // The role's own words only: "said the chief constable of …" is the chief constable's.
    let from = before.length - 1;
    while (from > 0 && (isRole(before[from - 1] ?? '') || isCapitalised(before[from - 1] ?? ''))) from--;
    const roleWords = before.slice(from);
    const words = (m[4] ?? '').split(' ');
    const titles: string[] = [];
    while (words.length > 2 && isTitleOrRole(words[0] ?? '')) titles.push(words.shift() ?? '');
    if (words.length < 2 || words.some((w) => !isCapitalised(w))) return [];
    const role = [...roleWords, m[2], m[3]].join(' ');
    return [{ name: words.join(' '), role: titles.length > 0 ? `${role}, ${titles.join(' ')}` : role }];
  });
}

// "Fenwick's only daughter, Claire, 46,", "his wife Renate, 68,": a role word (perhaps after whose it is and a word
// or two), then a first name alone, set off by an age.
const FIRST_NAME_AFTER_ROLE =
  /(?<![\p{L}'’-])((?:[\p{L}'’-]+ ){0,3}?)(\p{Ll}+),? (\p{Lu}\p{Ll}+), \d{1,3},/gu;
// What may stand before the role word as part of it: whose it is, or a word describing it ("only", "elder").
const OF_ROLE = (w: string) => /['’]s$/.test(w) || /^(?:his|her|their|its)$/i.test(w) || isMostlyAdjective(w);

/**
 * People named by a first name alone after their role, with their age ("Fenwick's only daughter, Claire, 46, works as
 * a nurse"), with the role: a later "she said" may mean them.
 */
export function firstNamesAfterRoles(text: string): { name: string; role: string }[] {
  return [...text.matchAll(FIRST_NAME_AFTER_ROLE)].flatMap((m) => {
    if (!isRole(m[2] ?? '') || !isCapitalised(m[3] ?? '')) return [];
    const before = (m[1] ?? '').split(' ').filter(Boolean);
    let from = before.length;
    while (from > 0 && OF_ROLE(before[from - 1] ?? '')) from--;
    return [{ name: m[3] ?? '', role: [...before.slice(from), m[2]].join(' ') }];
  });
}
