/**
 * The attribution grammar: who a speech verb names. String work over one clause, no tagging library: capitalised
 * name sequences, role words split off, pronouns and descriptions kept for later resolution (WordNet and the names
 * lexicon only say whether a word is a title, a verb or a first name).
 */

import { firstNameSex } from '../lexicon/namesLexicon.js';
import { isInstanceNounOnly, isMostlyVerb, isNounAsOftenAsNot, isPersonNoun } from '../lexicon/wordKinds.js';
import {
  clean,
  DETERMINERS,
  endsClause,
  isCapitalised,
  isNameWord,
  isRole,
  PARTICLES,
  PRONOUNS,
} from './nameWords.js';

/** Verbs (and "according to") that introduce what someone said, in the forms news prose uses. */
export const SPEECH_VERB =
  /\b(?:according to|pointed out|said|says|say|told|tells|declared|declares|stressed|stresses|added|adds|warned|warns|noted|notes|explained|explains|insisted|insists|asked|asks|replied|replies|wrote|writes|argued|argues|continued|recalled|stated|states|announced|announces|acknowledged|admitted|admits|emphasi[sz]ed|underlined|underscored|claimed|claims|observed|remarked|urged|urges|confirmed|commented|concluded|repeated|reiterated|affirmed|assured|lamented|indicated|tweeted|posted|suggested|predicted|promised|vowed|cautioned|conceded|responded|answered|exclaimed|shouted|quipped|complained)\b/gi;

/**
 * Verbs of holding a view, for the owner of a scare-quoted fragment ("Moscow says … believes that …", "Castells
 * welcomed the vote as "a first step"").
 */
export const VIEW_VERB =
  /\b(?:says|said|say|believes?|believed|considers?|considered|calls?|called|describes?|described|accuses?|accused|denounces|denounced|claims|claimed|argues|argued|insists|insisted|views|viewed|sees|regards|regarded|dubbed|dubs|labels|labelled|labeled|terms|termed|warns|warned|welcomed|welcomes)\b/gi;

export type Attribution =
  | { kind: 'name'; name: string; role: string }
  | { kind: 'pronoun'; word: string }
  | { kind: 'description'; text: string; head: string };

/** Splits "NATO Secretary General Jens Stoltenberg" into name "Jens Stoltenberg" and role "NATO Secretary General". */
export function splitRole(phrase: string): { name: string; role: string } {
  const words = phrase.trim().split(/\s+/).map(clean).filter(Boolean);
  let i = words.length;
  while (i > 0 && words.length - i < 4) {
    const w = words[i - 1] ?? '';
    const particle = PARTICLES.has(w) && i < words.length && i > 1;
    if (!isNameWord(w) && !particle) break;
    i--;
  }
  while (i < words.length && PARTICLES.has(words[i] ?? '')) i++; // a name does not start with "von"
  i += titleLength(words.slice(i));
  return { name: words.slice(i).join(' '), role: words.slice(0, i).join(' ') };
}

/**
 * How many words open a name as its title: "Regional Prosecutor Jakub Sobczyk" (2), "Superintendent Helena
 * Correia" (1). A capitalised title WordNet knows for a person, and what describes it (no first name), before two
 * more words of the name.
 */
function titleLength(name: readonly string[]): number {
  let length = 0;
  for (let k = 0; k < name.length - 2 && firstNameSex(name[k] ?? '') === undefined; k++) {
    if (isTitleWord(name[k] ?? '')) length = k + 1;
  }
  return length;
}

/**
 * A capitalised title WordNet uses mostly for a person, and no first name ("Prosecutor", "Councillor", "Resident"; not
 * "Freya", whom WordNet knows only as the goddess).
 */
export const isTitleWord = (w: string): boolean => {
  const lower = w.toLowerCase();
  return (
    firstNameSex(w) === undefined &&
    isNounAsOftenAsNot(lower) &&
    isPersonNoun(lower) &&
    !isInstanceNounOnly(lower)
  );
};

/** A word for what someone is, opening a name as its title: a role word or a title WordNet knows ("Father"). */
export const isTitleOrRole = (w: string): boolean => isRole(w) || isTitleWord(w);

// An age standing for a person: "the 61-year-old".
const AGED = /^\d+-year-old$/;

/**
 * "the latter", "the former", "the 61-year-old": words that point back to someone named before, as "he" does (the
 * person just named), or undefined.
 */
function pointsBack(determiner: string, word: string): Attribution | undefined {
  if (clean(determiner).toLowerCase() !== 'the') return undefined;
  const lower = clean(word).toLowerCase();
  if (lower === 'latter' || lower === 'former') return { kind: 'pronoun', word: `the ${lower}` };
  return AGED.test(lower) ? { kind: 'pronoun', word: 'he' } : undefined;
}

/** Who is named immediately before a speech verb: "… Jens Stoltenberg (also) said" / "he added" / "a NATO representative said". */
export function subjectBefore(text: string): Attribution | undefined {
  const words = text.trimEnd().split(/\s+/).filter(Boolean);
  let end = words.length;
  // An adverb may sit between subject and verb: "Stoltenberg also said", "he later told".
  const last = words[end - 1] ?? '';
  if (/^(?:also|later|then|again|further|previously|earlier|once|separately|\p{Ll}+ly)$/u.test(last)) end--;
  const head = words[end - 1] ?? '';
  if (head.endsWith(',')) return apposition(words.slice(0, end));
  // "Annika Strand, chief executive of Kellbrook Metrolink, apologised to passengers and said:": the subject of the
  // verb before "and".
  if (head === 'and') {
    const start = clauseStart(words, end - 1);
    const verb = words.findIndex(
      (w, j) =>
        j > start &&
        j < end - 1 &&
        /^\p{Ll}+ed$/u.test(w) &&
        /(?:,|^\p{Lu}\p{L}*)$/u.test(words[j - 1] ?? ''),
    );
    return verb > 0 ? subjectBefore(words.slice(0, verb).join(' ')) : undefined;
  }
  if (head === '' || endsClause(head)) return undefined; // a clause boundary, not a subject
  const lower = clean(head).toLowerCase();
  if (PRONOUNS.has(lower)) return { kind: 'pronoun', word: lower };
  // "… party for the whole town," the 61-year-old said.
  const back = pointsBack(words[end - 2] ?? '', head);
  if (back || lower === 'latter' || lower === 'former') return back;
  let start = end;
  while (start > 0 && end - start < 8) {
    const w = words[start - 1] ?? '';
    if (start < end && endsClause(w)) break;
    // "of" joins roles ("Secretary of State") but not a name to a place ("Bob Good of Virginia").
    const joinsRoles = w === 'of' && start < end && isRole(words[start - 2] ?? '');
    if (!(isCapitalised(w) || isRole(w) || PARTICLES.has(w) || joinsRoles)) break;
    start--;
  }
  if (words[start] === 'of') start++;
  // "Rep. Bob Good of Virginia said", "Dana Holm of the Civic Alliance told": the name is before "of", the place or
  // the body after it.
  const of = words[start - 1] === 'the' ? start - 2 : start - 1;
  if (words[of] === 'of' && isNameWord(words[of - 1] ?? ''))
    return subjectBefore(words.slice(0, of).join(' '));
  // "Rachel Okonedo, 44, of North Hallam Police told": past an age set off after the name.
  if (words[of] === 'of' && /^\d{1,3},$/.test(words[of - 1] ?? '') && (words[of - 2] ?? '').endsWith(','))
    return subjectBefore(
      words
        .slice(0, of - 1)
        .join(' ')
        .replace(/,$/, ''),
    );
  const phrase = words.slice(start, end).join(' ');
  const { name, role } = splitRole(phrase);
  if (name !== '') return { kind: 'name', name, role };
  return describe(words.slice(0, end));
}

/** Who is named right after a speech verb: "declared NATO Secretary General Jens Stoltenberg after …", "said a spokesman". */
export function subjectAfter(text: string): Attribution | undefined {
  const words = text.trimStart().split(/\s+/).filter(Boolean);
  const first = clean(words[0] ?? '').toLowerCase();
  if (PRONOUNS.has(first) && first !== 'it') return { kind: 'pronoun', word: first };
  const back = pointsBack(first, words[1] ?? '');
  if (back) return back;
  // "said her grandson, Rhodri Pryce, 34", "said Castelnovo's deputy mayor, Tommaso Ferrigno": a role set off before
  // the name.
  const setOff = words
    .slice(0, ROLE_BEFORE_NAME_WORDS)
    .findIndex((w, i) => i > 0 && w.endsWith(',') && isRole(w));
  if (setOff > 0 && (isArticle(words[0] ?? '') || POSSESSIVE_NAME.test(clean(words[0] ?? '')))) {
    const named = subjectAfter(words.slice(setOff + 1).join(' '));
    const role = words
      .slice(0, setOff + 1)
      .map(clean)
      .join(' ');
    if (named?.kind === 'name') return { ...named, role: [role, named.role].filter(Boolean).join(' ') };
  }
  // "said the Reverend Margaret Ashdown, 61,": a title after "the" opens a name that ends its phrase (`splitRole` takes
  // the title off; not "said the Santa Aurelia experience showed").
  const titled =
    first === 'the' &&
    isTitleWord(clean(words[1] ?? '')) &&
    NAME_ENDING_PHRASE.test(words.slice(2, 6).join(' '));
  const named = titled ? words.slice(1) : words;
  const taken: string[] = [];
  for (const [i, w] of named.slice(0, 8).entries()) {
    const bare = clean(w);
    const joinsRoles = bare === 'of' && isRole(taken[taken.length - 1] ?? '');
    // A lower-case word may say what the role is of: "said union chairman Jonas Hedlund".
    const qualifiesRole = /^\p{Ll}+$/u.test(w) && isRole(named[i + 1] ?? '');
    const ok = isCapitalised(w) || isRole(w) || PARTICLES.has(bare) || joinsRoles || qualifiesRole;
    if (!ok) break;
    taken.push(bare);
    if (endsClause(w)) break; // the phrase ends at punctuation
  }
  const { name, role } = splitRole(taken.join(' '));
  if (name !== '') {
    // "said Angeliki Rousou, a maritime safety expert at …": the description after the name is a role too.
    const described = named[taken.length - 1]?.endsWith(',') ? describedAs(named.slice(taken.length)) : '';
    return { kind: 'name', name, role: [role, described].filter(Boolean).join(' ') };
  }
  if (DETERMINERS.has(first)) {
    const phrase: string[] = [];
    for (const w of words.slice(0, 7)) {
      phrase.push(clean(w));
      if (phrase.length > 1 && isRole(w)) return description(phrase);
      if (endsClause(w)) break;
    }
  }
  return undefined;
}

// Up to three capitalised words, the last ending the phrase ("Margaret Ashdown,").
const NAME_ENDING_PHRASE = /^(?:\p{Lu}[\p{L}'’-]*\s+){0,2}\p{Lu}[\p{L}'’-]*[,.;:]/u;

// How many words a role set off before the name after a verb of saying may take ("said Castelnovo's deputy mayor,").
const ROLE_BEFORE_NAME_WORDS = 5;

// How long an apposition between a name and its verb may run: "Reinhold Aichinger, a retired professor of structural
// engineering who chaired the three-member inquiry, told …" (13 words).
const APPOSITION_WORDS = 20;

/**
 * "Jens Stoltenberg, NATO's chief," / "A senior aide, who spoke …," / "Ferrucci, 46," before a verb: who the
 * appositive is about.
 */
function apposition(words: string[]): Attribution | undefined {
  for (let i = words.length - 1; i >= Math.max(1, words.length - APPOSITION_WORDS); i--) {
    if ((words[i - 1] ?? '').endsWith(',')) {
      const found = subjectBefore(words.slice(0, i).join(' ').replace(/,$/, ''));
      // "the company's owner, Stavros Lekkas, said": the name set off by commas is who speaks, the description before
      // it their role.
      // An age may open the name set off ("The driver, 52-year-old Juergen Maltzahn, said").
      const named = words.slice(/^\d{1,3}-year-old$/.test(words[i] ?? '') ? i + 1 : i);
      const before = determinerPhrase(words.slice(0, i)) ?? found;
      const nameWords = named.filter((w) => !PARTICLES.has(w));
      if (
        before?.kind === 'description' &&
        named.length <= 4 &&
        nameWords.length >= 1 &&
        nameWords.every(isNameWord)
      ) {
        return { kind: 'name', name: named.map(clean).join(' '), role: before.text };
      }
      // "Martina Eder, 44, whose husband …, said": an age or another aside may come first; look further back. So may
      // a role set off after the name, whose body is no speaker ("Henk de Wilde, chief executive of Veldstroom, …").
      if (found === undefined || rolesBody(words, i)) continue;
      if (found.kind !== 'name') return found.kind === 'pronoun' ? undefined : found;
      // "Reinhold Aichinger, a retired professor of structural engineering …, told": the aside is a role too.
      const described = describedAs(named);
      return described ? { ...found, role: [found.role, described].filter(Boolean).join(' ') } : found;
    }
  }
  return undefined;
}

/**
 * Whether the words set off before the comma at `end` are a role and the body it is of ("chief executive of the
 * Vellberg Rescue Service,"): lower-case words, then "of" and a capitalised name.
 */
function rolesBody(words: readonly string[], end: number): boolean {
  let start = end - 1;
  while (start > 0 && !(words[start - 1] ?? '').endsWith(',')) start--;
  return start > 0 && /^(?:\p{Ll}+ )+of (?:the )?\p{Lu}/u.test(words.slice(start, end).join(' '));
}

// How many words a description set off before a name may have: "A lifelong Korvath fisherman, Arne Bakke, said".
const DETERMINER_PHRASE_WORDS = 6;
// A name's possessive opens one as "his" does: "Velkov's lawyer, Stefan Grech, said".
const POSSESSIVE_NAME = /^(\p{Lu}\p{L}*)['’]s$/u;

/** Where the clause holding the words before `end` starts: just after the last sentence or clause boundary. */
function clauseStart(words: readonly string[], end: number): number {
  let start = end;
  while (start > 0 && !/[.!?;:]$/.test(words[start - 1] ?? '')) start--;
  return start;
}

/**
 * "A lifelong Korvath fisherman," before a name set off by commas: a description of whoever follows, whatever its
 * noun (the role words are few; a fisherman, a nurse, a farmer are as many as there are trades). Read from the last
 * sentence or clause boundary, it must open with a determiner or a name's possessive.
 */
function determinerPhrase(words: readonly string[]): Attribution | undefined {
  const clause = words.slice(clauseStart(words, words.length)).map(clean);
  // "A retired schoolteacher who lives across the square from the castle,": the description ends at its relative clause,
  // or its infinitive ("the first diver to reach the hull,").
  const relative = clause.findIndex((w, i) => i > 0 && (RELATIVE.test(w) || (i > 1 && w === 'to')));
  const phrase = relative > 0 ? clause.slice(0, relative) : clause;
  // "Tierhilfe Rudenfeld's chief executive,": the possessive may end a name of several words.
  const owner = phrase.findIndex((w) => POSSESSIVE_NAME.test(w));
  const opens =
    isArticle(phrase[0] ?? '') || (owner >= 0 && owner < 3 && phrase.slice(0, owner).every(isCapitalised));
  // "The head of the National Teachers' Union,": a lower-case noun and what it heads, after "of".
  const of = phrase.indexOf('of');
  const heads = phrase[of - 1] ?? '';
  if (opens && of >= 2 && /^\p{Ll}/u.test(heads) && phrase.length <= DESCRIPTION_WORDS)
    return description(phrase, heads.toLowerCase());
  if (!opens || phrase.length < 2 || phrase.length > DETERMINER_PHRASE_WORDS) return undefined;
  // A lower-case noun ends it ("fisherman"), not a name ("Korvath") nor a number.
  return /^\p{Ll}/u.test(phrase.at(-1) ?? '') ? description(phrase) : undefined;
}

// How many words of a description ("a maritime safety expert at the Aegean Institute of Naval Studies") make a role.
const DESCRIPTION_WORDS = 12;

/**
 * ", a maritime safety expert at …," or ", director of the council," after a name: the description without its
 * article, up to its closing comma.
 */
export function describedAs(words: readonly string[]): string {
  // Past an age set off after the name: "Zuzana Hrebíková, 41, the group's founder,".
  if (/^\d{1,3},$/.test(words[0] ?? '')) return describedAs(words.slice(1));
  const article = isArticle(words[0] ?? '');
  // Or a role word itself: "Lotte van Bergen, director of the council,", or words leading to one (see `leadsToRole`).
  // Or what they do, when it closes within the limit: "Petra Sommerfeld, who chairs the association," (+4 who-said).
  const who = /^who$/i.test(words[0] ?? '');
  if (!article && !who && !isRole(words[0] ?? '') && !leadsToRole(words)) return '';
  const phrase: string[] = [];
  let beforeRelative = '';
  for (const w of words.slice(article ? 1 : 0, DESCRIPTION_WORDS + 1)) {
    if (!who && !beforeRelative && phrase.length > 0 && RELATIVE.test(clean(w)))
      beforeRelative = phrase.join(' ');
    phrase.push(clean(w));
    if (endsClause(w)) return phrase.join(' ');
  }
  // Too long to close within the limit: "a professor of plasma physics at Carrick University in Scotland who was not
  // involved in the work," is a professor at Carrick; a relative clause says more than the role.
  return beforeRelative;
}

/** A relative pronoun, which opens a clause about the noun before it. */
export const RELATIVE = /^(?:who|whom|whose|which|that)$/i;

/**
 * Up to two words before a role word that describe it: "managing director", "national operations commander", or a
 * name's possessive, kept as whose role it is ("Corvanta's vice president"). Not a verb ("told reporters") nor a
 * relative ("whose sister").
 */
function leadsToRole(words: readonly string[]): boolean {
  const at = words.slice(0, 3).findIndex((w) => isRole(w));
  return (
    at > 0 && words.slice(0, at).every((w, i) => !endsClause(w) && (isModifier(w) || (i === 0 && isOwner(w))))
  );
}

const isOwner = (w: string): boolean => isCapitalised(w) && /['’]s$/.test(clean(w));
// "-ing" forms describe a role ("managing", "acting"); other verbs do not.
const isModifier = (w: string): boolean =>
  /^\p{Ll}+$/u.test(w) && !RELATIVE.test(w) && (w.endsWith('ing') || !isMostlyVerb(w));

// A determiner that opens a description: an article, or whose ("Her father, Pavel Tavel, said").
export const isArticle = (w: string): boolean => /^(?:a|an|the|his|her|their|its)$/i.test(clean(w));

/** "… a senior NATO official" (words before a verb) -> a description, when a determiner and a role noun frame it. */
function describe(words: string[]): Attribution | undefined {
  // The role word ends the phrase, or a phrase that says whose it is follows it ("the spokeswoman for the supporters'
  // group").
  let at = words.length - 1;
  if (!isRole(words[at] ?? '')) {
    const from = Math.max(1, words.length - DESCRIPTION_WORDS);
    for (at = words.length - 2; at >= from; at--) {
      const w = words[at] ?? '';
      if (endsClause(w)) return undefined;
      if (isRole(w) && OF_WHOM.has(clean(words[at + 1] ?? '').toLowerCase())) break;
    }
    if (at < from) return undefined;
  }
  for (let i = at - 1; i >= Math.max(0, at - 6); i--) {
    const w = words[i] ?? '';
    if (endsClause(w)) return undefined;
    if (DETERMINERS.has(clean(w).toLowerCase())) {
      return description(words.slice(i).map(clean), clean(words[at] ?? '').toLowerCase());
    }
  }
  return undefined;
}

// Words that open what a role belongs to: "the spokeswoman for …", "a professor at …", "the head of …".
const OF_WHOM = new Set(['of', 'for', 'at', 'with', 'from', 'in']);

function description(words: string[], head = (words[words.length - 1] ?? '').toLowerCase()): Attribution {
  const text = words.join(' ');
  return { kind: 'description', text: text.charAt(0).toUpperCase() + text.slice(1), head };
}

/** Multi-word names right after a role word anywhere in the text ("Foreign Minister Gabrielius Landsbergis"). */
export function namesAfterRoles(text: string): { name: string; role: string }[] {
  const words = text.split(/\s+/).filter(Boolean);
  const found: { name: string; role: string }[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? '';
    // "Almarejo's mayor, Joaquín Serrano, has backed …": a name set off by commas after its role.
    const setOff = w.endsWith(',');
    if (!isRole(w) || (endsClause(w) && !setOff)) continue;
    const name: string[] = [];
    for (let j = i + 1; j < words.length && name.length < 4; j++) {
      const next = words[j] ?? '';
      // "Prime Minister Aurel Danescu's government": the possessive ends the name.
      const owner = POSSESSIVE_NAME.exec(next);
      if (owner?.[1] && name.length > 0) {
        name.push(owner[1]);
        break;
      }
      if (!isNameWord(next) && !(PARTICLES.has(next) && name.length > 0)) break;
      name.push(clean(next));
      if (endsClause(next)) break;
    }
    if (name.length < 2 || (setOff && !words[i + name.length]?.endsWith(','))) continue;
    let from = i;
    while (
      from > 0 &&
      i - from < 4 &&
      !endsClause(words[from - 1] ?? '') &&
      (isRole(words[from - 1] ?? '') || isCapitalised(words[from - 1] ?? ''))
    )
      from--;
    found.push({
      name: name.join(' '),
      role: words
        .slice(from, i + 1)
        .map(clean)
        .join(' '),
    });
  }
  return found;
}

/**
 * The full name the text gives a person it also calls by surname alone ("Vasco Albuquerque" for "Albuquerque"): the
 * first run of up to three name words right before the surname, less a title that opens it ("Rector Paolo
 * Vescovi": the role), or undefined.
 */
export function fullNameIn(text: string, surname: string): { name: string; role: string } | undefined {
  const words = text.split(/\s+/).filter(Boolean);
  for (let i = 1; i < words.length; i++) {
    const word = words[i] ?? '';
    if (clean(word) !== surname && POSSESSIVE_NAME.exec(word)?.[1] !== surname) continue;
    const name: string[] = [];
    for (let j = i - 1; j >= 0 && name.length < 3; j--) {
      const w = words[j] ?? '';
      if (endsClause(w) || !(isNameWord(w) || PARTICLES.has(w))) break;
      name.unshift(clean(w));
    }
    while (PARTICLES.has(name[0] ?? '')) name.shift();
    const full = [...name, surname];
    const title = titleLength(full);
    if (name.length > 0) return { name: full.slice(title).join(' '), role: full.slice(0, title).join(' ') };
  }
  return undefined;
}
