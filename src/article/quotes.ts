import { isKnownFirstName } from '../lexicon/namesLexicon.js';
import {
  type Attribution,
  fullNameIn,
  namesAfterRoles,
  SPEECH_VERB,
  subjectAfter,
  subjectBefore,
  VIEW_VERB,
} from './names.js';
import {
  firstNamesAfterRoles,
  namesAfterRolesOfBodies,
  namesSetOff,
  surnamesSetOffByAge,
} from './namesSetOff.js';
import { People } from './people.js';
import { findQuoteSpans, type QuoteSpan, quoteText } from './quoteMarks.js';
import type { SentenceSpan } from './sentences.js';
import type { Quote } from './types.js';

/** A body paragraph as the quote finder needs it: final text and its sentence offsets. */
export interface QuoteInput {
  n: number;
  text: string;
  sentences: readonly SentenceSpan[];
}

interface Found {
  paragraph: QuoteInput;
  span: QuoteSpan;
  sentence: number;
  text: string;
  attribution?: Attribution;
  /** Offset of the attribution (for pronoun resolution: the nearest person before it). */
  at: number;
  fragment: boolean;
  speaker: string;
}

/** Quotes of the article in reading order, and per paragraph the speaker of each sentence (if it quotes someone). */
export function extractQuotes(paragraphs: readonly QuoteInput[]): {
  quotes: Quote[];
  speakers: (string | undefined)[][];
  /** The role the article gives a speaker ("Chief Operating Officer"), or "". */
  roleOf: (speaker: string) => string;
} {
  const found = paragraphs.flatMap(findInParagraph);
  const people = collectPeople(paragraphs, found);
  for (const q of found) q.speaker = resolveAttribution(q, people);
  // A longer quote woven into a sentence is its subject's words too ("Garvey said … that the new position had been
  // "signed off by everyone who needed to sign it off"").
  for (const q of found) if (q.speaker === '' && woven(q)) q.speaker = viewHolder(q, people);
  fillFromContext(found);
  const byParagraph = new Map<QuoteInput, Found[]>();
  for (const q of found) {
    const list = byParagraph.get(q.paragraph);
    if (list) list.push(q);
    else byParagraph.set(q.paragraph, [q]);
  }
  const speakers = paragraphs.map((p) => sentenceSpeakers(p, byParagraph.get(p) ?? []));
  const quotes = found.map((q) => ({
    text: q.text,
    speaker: q.speaker,
    paragraph: q.paragraph.n,
    fragment: q.fragment,
  }));
  return { quotes, speakers, roleOf: (speaker) => people.roleOf(speaker) };
}

/** The people named in the article (speakers, "Role Name" phrases), indexed for pronoun resolution. */
export function collectPeople(paragraphs: readonly QuoteInput[], found: readonly Found[] = []): People {
  const people = new People();
  const surnames = new Set<string>();
  for (const q of found) {
    if (q.attribution?.kind !== 'name') continue;
    people.add(q.attribution.name, q.attribution.role);
    // A quote given to a surname ("Qadir was blunt … "A phased rise …"") is the full name's the article gives.
    if (!q.attribution.name.includes(' ')) surnames.add(q.attribution.name);
  }
  const proses = paragraphs.map((p) => outsideQuotes(p.text));
  const owned: OwnedRole[] = [];
  for (const [i, prose] of proses.entries()) {
    for (const { name, role } of namesAfterRoles(prose)) people.add(name, role);
    for (const { name, role } of namesSetOff(prose)) people.add(name, role);
    for (const { name, role } of namesAfterRolesOfBodies(prose)) people.add(name, role);
    for (const { name, role } of firstNamesAfterRoles(prose)) people.add(name, role);
    for (const name of namesByFirstName(prose)) people.add(name);
    for (const surname of surnamesSetOffByAge(prose)) surnames.add(surname);
    // Speech verbs name speakers, quoted or not ("Stoltenberg said that …", "declared Dmitro Kouleba").
    for (const m of prose.matchAll(SPEECH_VERB)) {
      const at = m.index ?? 0;
      for (const who of [
        subjectBefore(prose.slice(Math.max(0, at - 120), at)),
        subjectAfter(prose.slice(at + m[0].length, at + m[0].length + 120)),
      ]) {
        if (who?.kind !== 'name') continue;
        if (who.name.includes(' ')) people.add(who.name, who.role);
        else surnames.add(who.name);
        const pronoun = OWNER_PRONOUN.exec(who.role ?? '')?.[1];
        if (pronoun && who.role)
          owned.push({ name: who.name, role: who.role, i, at: prose.lastIndexOf(pronoun, at) });
      }
    }
  }
  // A speaker called by surname ("Albuquerque … said") whom the article named in full where no role word led to it
  // ("former television commentator Vasco Albuquerque").
  for (const surname of surnames) {
    if (people.expand(surname) !== surname) continue;
    const full = proses.reduce<ReturnType<typeof fullNameIn>>(
      (found, prose) => found ?? fullNameIn(prose, surname),
      undefined,
    );
    if (full) people.add(full.name, full.role);
  }
  people.index(paragraphs);
  // "His lawyer, Ines Marquardt, said": his is whoever a "he" there would be, and the lawyer is that person's.
  for (const { name, role, i, at } of owned) {
    const [, pronoun = '', rest = ''] = OWNER_PRONOUN.exec(role) ?? [];
    const owner = people.resolve(paragraphs[i]?.n ?? 0, at, PRONOUN_OF_OWNER[pronoun.toLowerCase()]);
    if (owner && owner !== people.expand(name))
      people.replaceRole(people.expand(name), role, `${owner}'s ${rest}`);
  }
  return people;
}

// A role opened by a possessive pronoun, and what it owns.
const OWNER_PRONOUN = /^(his|her|their)\s+(.+)$/i;
const PRONOUN_OF_OWNER: Record<string, string> = { his: 'he', her: 'she', their: 'they' };

/** A role opened by a possessive pronoun ("His lawyer"), and where the pronoun is (paragraph index, offset). */
interface OwnedRole {
  name: string;
  role: string;
  i: number;
  at: number;
}

// Two capitalised words, the first a first name ("Ethiopia's Abel Worku").
const FIRST_AND_SURNAME = /(?<![\p{L}'’-])(\p{Lu}\p{Ll}+) \p{Lu}\p{Ll}[\p{L}'’-]*(?![\p{L}'’-])/gu;

/**
 * People the prose names by a first name compromise's lexicon knows and a surname, with no role or verb of saying
 * beside them ("set by Ethiopia's Abel Worku"), whom a later "Worku, who missed the race, …" or "he said" may mean.
 */
function namesByFirstName(prose: string): string[] {
  return [...prose.matchAll(FIRST_AND_SURNAME)]
    .filter((m) => isKnownFirstName((m[1] ?? '').toLowerCase()))
    .map((m) => m[0]);
}

// How much text around a speech verb the attribution grammar reads: names and roles are short.
const REACH = 200;

function findInParagraph(p: QuoteInput): Found[] {
  const spans = findQuoteSpans(p.text).filter((s) => quoteText(p.text, s) !== '');
  let sentence = 0;
  return spans.map((span, i) => {
    while (sentence < p.sentences.length - 1 && (p.sentences[sentence]?.end ?? 0) <= span.open) sentence++;
    const sent = p.sentences[sentence] ?? { start: 0, end: p.text.length };
    const prevEnd = i > 0 ? (spans[i - 1]?.close ?? 0) + 1 : 0;
    const nextOpen = spans[i + 1]?.open ?? p.text.length;
    const afterFrom = Math.min(span.close + 1, p.text.length);
    // A quote that ends its sentence with "?" or "!" is followed by its attribution all the same ("… where are the
    // toilets?" Voss said.).
    const next = p.sentences[sentence + 1];
    const asked = next && sent.end <= afterFrom + 1 && /[?!]\s*$/.test(quoteText(p.text, span));
    const afterEnd = asked ? Math.min(nextOpen, next.end) : Math.min(nextOpen, sent.end);
    const afterText = p.text.slice(afterFrom, afterEnd);
    const after = asked && !OPENS_WITH_ATTRIBUTION.test(afterText) ? undefined : attributionAfter(afterText);
    const lead = p.text.slice(Math.max(prevEnd, sent.start), span.open);
    const before = after ? undefined : attributionBefore(lead);
    const text = quoteText(p.text, span);
    // A few words woven into a sentence (not opening it, not introduced by "said:") are a fragment, not a statement.
    const fragment =
      !after && text.split(/\s+/).length <= 8 && span.open > sent.start && !/[:,]\s*$/.test(lead);
    // A quote that opens its sentence with no attribution of its own is the words of whoever the sentence before says
    // something ("Hollerer, standing by the fence, said she would be at the vote. "I'm 67 years old."").
    const previous =
      !after && !before && !fragment && /^\s*$/.test(lead) ? saidBefore(p, sentence) : undefined;
    const at = after ? afterFrom + after.offset : (previous?.at ?? span.open);
    const attribution = (after ?? before ?? previous)?.who;
    return { paragraph: p, span, sentence, text, attribution, at, fragment, speaker: '' };
  });
}

// An attribution opening the text after a quote: a few words, then a verb of saying ("Voss said", "he added").
const OPENS_WITH_ATTRIBUTION = new RegExp(`^["”’\\s]*(?:[\\p{L}'’.-]+\\s+){1,4}?${SPEECH_VERB.source}`, 'iu');
// How far into its sentence a verb of saying may come after the speaker opening it (an aside between them).
const SUBJECT_REACH = 80;

/**
 * Who the sentence before a quote says something, when it opens with them: the subject of its first verb of saying
 * ("Hollerer, standing by the fence, said she would …"), and where that verb is. Or the person it says how they spoke,
 * named before "was" ("Okafor, the harbour master, was blunt. "…""): the quote is theirs.
 */
function saidBefore(p: QuoteInput, sentence: number): { who: Attribution; at: number } | undefined {
  const prev = p.sentences[sentence - 1];
  if (!prev) return undefined;
  const text = p.text.slice(prev.start, prev.end);
  if (findQuoteSpans(text).length > 0) return undefined;
  const said = SPEECH_VERB_ONCE.exec(text.slice(0, SUBJECT_REACH)) ?? DESCRIBED_AS.exec(text);
  const setOff = said ? undefined : SET_OFF_PREDICATE.exec(text);
  const verb = said ?? setOff;
  if (!verb || /^according to$/i.test(verb[0])) return undefined;
  const at = setOff ? verb.index + verb[0].indexOf(setOff[1] ?? '') : verb.index;
  const who = subjectBefore(text.slice(0, at));
  const described = verb[0].toLowerCase() === 'was' || setOff !== undefined;
  return who && (described ? who.kind === 'name' : who.kind !== 'description')
    ? { who, at: prev.start + at }
    : undefined;
}

// The verb of a sentence saying how someone was ("was blunt", "was cautious about promising more"): a few words end it,
// however long the subject's description before ("Jurgen Mollema, who has coached the team for nine years, was blunt").
const DESCRIBED_AS = /\bwas(?=(?:\s+[\p{L}'’-]+){1,5}[.:]?\s*$)/iu;
// Or a few words after the subject's set-off description end it ("Annelies Timmer, 72, who has lived three doors
// from the workshop for 40 years, put it plainly."): the words after its last comma.
const SET_OFF_PREDICATE = /,\s+((?:[\p{L}'’-]+\s+){0,4}[\p{L}'’-]+)[.:]?\s*$/u;

/** Text after a quote: "…,” declared X", "…,” X said", "…” necessary, X said", "…,” he said. declared X". */
function attributionAfter(text: string): { who: Attribution; offset: number } | undefined {
  const hits: { who: Attribution; offset: number; end: number }[] = [];
  for (const m of text.matchAll(SPEECH_VERB)) {
    const at = m.index ?? 0;
    const end = at + m[0].length;
    const following = text.slice(end, end + REACH);
    const lead = text.slice(Math.max(0, at - REACH), at);
    // "… and said Copenhagen would raise it": a verb after "and" goes on with the clause's subject; what follows it
    // is what was said, not who said it.
    const continuesClause = /\b(?:and|but)\s+$/i.test(lead);
    const who =
      m[0].toLowerCase() === 'according to'
        ? subjectAfter(following)
        : (subjectBefore(lead) ?? (continuesClause ? undefined : subjectAfter(following)));
    if (who) hits.push({ who, offset: at, end });
    if (hits.length === 2) break;
  }
  const [first, second] = hits;
  if (!first) return undefined;
  // A duplicated attribution left by translation ("he said. declared Dmitro Kouleba"): the named one wins.
  const duplicated = second?.who.kind === 'name' && /^[\s.,;]*$/.test(text.slice(first.end, second.offset));
  return first.who.kind === 'pronoun' && second && duplicated ? second : first;
}

// How long the words between a verb of saying and the quote it opens may be, without a colon and with one.
const PLAIN_GAP = 40;
const COLON_GAP = 90;

/** Text before a quote in its sentence: "X said:", "X told reporters that", "According to X,". */
function attributionBefore(text: string): { who: Attribution } | undefined {
  const m = [...text.matchAll(SPEECH_VERB)].at(-1);
  if (!m) return undefined;
  const at = m.index ?? 0;
  const end = at + m[0].length;
  if (m[0].toLowerCase() === 'according to') {
    const who = subjectAfter(text.slice(end, end + REACH));
    return who && /,\s*$/.test(text) ? { who } : undefined;
  }
  // Only a short gap (an object, "in a statement", "that") may separate the verb from the quote; a longer one when a
  // colon ends it ("told reporters at a makeshift command post in Kolvasz:").
  const gap = text.slice(end);
  const limit = /:\s*$/.test(gap) ? COLON_GAP : PLAIN_GAP;
  if (gap.length > limit || /[.!?]/.test(gap.replace(/\b(?:\p{L}\.)+/gu, ''))) return undefined;
  const who = subjectBefore(text.slice(Math.max(0, at - REACH), at));
  return who ? { who } : undefined;
}

function resolveAttribution(q: Found, people: People): string {
  const a = q.attribution;
  if (!a) return '';
  if (a.kind === 'name') return people.expand(a.name);
  if (a.kind === 'pronoun') return people.resolve(q.paragraph.n, q.at, a.word) ?? '';
  if (!a.text.toLowerCase().startsWith('the ')) return a.text;
  return people.resolve(q.paragraph.n, q.at, `the ${a.head}`) ?? a.text;
}

/** The sentence the quote stands in (the whole paragraph, should the splitter have given none). */
function sentenceOf(q: Found): SentenceSpan {
  return q.paragraph.sentences[q.sentence] ?? { start: 0, end: q.paragraph.text.length };
}

/** Whether the quote is a fragment, or stands inside its sentence after words of the sentence's own. */
function woven(q: Found): boolean {
  const sent = sentenceOf(q);
  return q.fragment || /\p{L}/u.test(q.paragraph.text.slice(sent.start, q.span.open));
}

/** The holder of a scare-quoted view: the subject of the last view verb before it ("Moscow says it … believes"). */
function viewHolder(q: Found, people: People): string {
  const sent = sentenceOf(q);
  const before = q.paragraph.text.slice(Math.max(sent.start, q.span.open - 3 * REACH), q.span.open);
  const subjects = [...before.matchAll(VIEW_VERB)]
    .map((m) => subjectBefore(before.slice(Math.max(0, (m.index ?? 0) - REACH), m.index ?? 0)))
    .filter((a): a is Attribution => a !== undefined);
  const named = subjects.filter((a) => a.kind === 'name').at(-1);
  if (named) return people.expand(named.name);
  const last = subjects.at(-1);
  if (last?.kind === 'pronoun') return people.resolve(q.paragraph.n, q.span.open, last.word) ?? '';
  return last?.kind === 'description' ? last.text : '';
}

/**
 * An unattributed statement continues a neighbouring quote: the one before it in the paragraph (or in the
 * paragraph just before), else the next attributed one in its paragraph. Two linear passes.
 */
function fillFromContext(found: readonly Found[]): void {
  let last: Found | undefined;
  for (const q of found) {
    if (q.fragment) continue;
    const near = last && q.paragraph.n - last.paragraph.n <= 1;
    if (q.speaker === '' && last && near) q.speaker = last.speaker;
    if (q.speaker !== '') last = q;
  }
  let next: Found | undefined;
  for (let i = found.length - 1; i >= 0; i--) {
    const q = found[i];
    if (!q || q.fragment) continue;
    if (q.speaker === '' && next && next.paragraph === q.paragraph) q.speaker = next.speaker;
    if (q.speaker !== '') next = q;
  }
}

const CONTINUES = /^(?:he|she|they|the\s+latter)\s+(?:\w+ly\s+|also\s+)?\S+/i;
const SPEECH_VERB_ONCE = new RegExp(SPEECH_VERB.source, 'i');

/** Speakers per sentence: sentences holding a direct quote, and later ones that go on with "He added …". */
function sentenceSpeakers(p: QuoteInput, mine: readonly Found[]): (string | undefined)[] {
  const direct = mine.filter((q) => !q.fragment && q.speaker !== '');
  let last: string | undefined;
  let k = 0;
  return p.sentences.map((s) => {
    while (k < direct.length && (direct[k]?.span.close ?? 0) < s.start) k++;
    const q = direct[k];
    if (q && q.span.open < s.end) {
      last = q.speaker;
      return q.speaker;
    }
    const goesOn = CONTINUES.exec(p.text.slice(s.start, Math.min(s.end, s.start + 60)));
    return last && goesOn && SPEECH_VERB_ONCE.test(goesOn[0]) ? last : undefined;
  });
}

/** The paragraph with quoted passages blanked out (same offsets), so quoted words never count as mentions. */
function outsideQuotes(text: string): string {
  const parts: string[] = [];
  let from = 0;
  for (const s of findQuoteSpans(text)) {
    parts.push(text.slice(from, s.open), ' '.repeat(Math.min(text.length, s.close + 1) - s.open));
    from = s.close + 1;
  }
  parts.push(text.slice(from));
  return parts.join('');
}
