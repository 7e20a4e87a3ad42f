import { findQuoteSpans } from '../article/quoteMarks.js';
import {
  isGroupNoun,
  isKindOf,
  isMostlyPersonNoun,
  isMostlyVerb,
  isPersonNoun,
  isThingSumOrGroupNoun,
  personSynonymsOf,
} from '../lexicon/wordKinds.js';
import { remembered } from '../remembered.js';
import type { StoryFacts } from './answerFit.js';
import { SAYING } from './answerTypes.js';
import type { AskedFor } from './askedFor.js';
import { possessorOf } from './askedPerson.js';
import { zipfFrequency } from './english.js';
import type { SentenceDoc } from './sentenceIndex.js';
import { indexTerms, SYNONYM_WEIGHT } from './synonyms.js';
import { stem, termsOf, tokenize } from './text.js';
import type { ResolvedTerm } from './vocabulary.js';

// "What did <someone> say": who the question asks the words of, and whether a sentence is theirs.

// "what did <someone> say / tell / promise …": whose words are asked for.
const SPEAKER_ASKED =
  /^\W*(?:what|how)\s+(?:did|does|do|has|have|had|will|would)\s+(.+?)\s+(say|says|said|tell|told|think|warn|claim|announce|promise|predict|add|stress)\b/i;

/** Whose words "what did <someone> say" asks, as resolved (see `AskedFor.speaker` and `AskedFor.notSpeaker`). */
export function speakerAsked(
  question: string,
  terms: readonly ResolvedTerm[],
): Pick<AskedFor, 'speaker' | 'notSpeaker'> {
  const asked: Pick<AskedFor, 'speaker' | 'notSpeaker'> = {};
  // The speaker is known by the words the stories have as written, typos forgiven, or a title WordNet spells out
  // ("CEO": chief executive), not by WordNet's other relatives ("world" ~ universe). When the stories lack most of those
  // words, even as relatives, they do not quote that speaker ("the UCI president").
  // An everyday word for a person the stories lack ("the union guy") says only that the speaker is someone.
  // A word for a kind of body beside a title ("the bank's CEO", "the aviation authority boss") says whose title it
  // is, which the role seldom writes so ("Chief Executive Ulrika Norrman"): the title is what must match (see
  // `bodyWords`).
  const asker = speakerTerms(question, terms);
  // "What did Amina Rahimi's sons say": the person after a possessive speaks, not the one it names (+3 declined).
  const spokenFor = asker.find((t) => isPersonNoun(t.token.folded) && possessorOf(t, asker) !== undefined);
  if (spokenFor) asked.notSpeaker = possessorOf(spokenFor, asker);
  const speaker = asker.filter((t) => t.matches.length > 0 || !isEverydayPerson(t));
  // The title of whoever runs a place is known by the running of it, though the stories lack the word (see
  // `RUNS_A_PLACE`).
  const runsPlace = (t: ResolvedTerm) => RUNS_A_PLACE.has(t.token.folded);
  const known = speaker.filter(
    (t) => (t.matches.length > 0 && (t.via !== 'wordnet' || isSpelledOut(t))) || runsPlace(t),
  );
  const body = bodyWords(asker, known);
  const titles = known.filter((t) => !body.has(t));
  const required = titles.length > 0 ? titles : known;
  // A title the stories have only as a WordNet relative ("leader": chief) is not required, but counts as
  // there: the stories may well quote "the union leader" (+4, nothing lost).
  const held = speaker.filter((t) => t.matches.length > 0 || runsPlace(t));
  // A body the stories lack beside a title they have is not counted among the missing: they may name it otherwise
  // ("the union leader": _the local leader of the Norwegian Miners' Federation_; +1, nothing lost).
  const judged = titles.length > 0 ? speaker.filter((t) => t.matches.length > 0 || !body.has(t)) : speaker;
  // "What did the union leader say about the drivers": the leader of a body the question names is known by any title
  // of who leads one (_chairman of the union's Kolmar branch_, _head of the airport workers' union_; +9, nothing lost;
  // with the body's word wanted in the role too, +11 −5; "chief" as well, −1: "the police chief").
  const namesBody = [...body].some((t) => t.matches.length > 0);
  const leads = (t: ResolvedTerm) => namesBody && LEADER.has(t.token.folded);
  if (held.length * 2 <= judged.length && judged.length > 0) asked.speaker = [];
  else if (known.length > 0)
    asked.speaker = required.map(
      (t) =>
        new Set([...t.matches.map((m) => m.stem), ...titleNames(t), ...(leads(t) ? LEADING_TITLES : [])]),
    );
  return asked;
}

// A word for whoever leads a body, and the titles the leader of one goes by.
const LEADER = new Set(['leader', 'boss', 'head']);
const LEADING_TITLES = [
  ...LEADER,
  ...['chief', 'chair', 'chairman', 'chairwoman', 'chairperson', 'president', 'secretary', 'convener'],
].map(stem);

/**
 * The words of the speaker asked that name a body, not a title: a group noun ("union"), a compound WordNet files as one
 * ("auction house"), and a word describing either right before it when a title follows: the "farmers" of "the
 * farmers union president", whose role writes "the union's president" (+3 who-said with the compounds).
 */
function bodyWords(asker: readonly ResolvedTerm[], known: readonly ResolvedTerm[]): Set<ResolvedTerm> {
  // Not a word mostly for a person ("chief executive": the executive branch is a group too).
  const body = new Set(
    asker.filter((t) => isGroupNoun(t.token.folded) && !isMostlyPersonNoun(t.token.folded)),
  );
  asker.forEach((t, i) => {
    const next = asker[i + 1];
    if (next && isGroupNoun(`${t.token.folded}_${next.token.folded}`)) body.add(t).add(next);
  });
  for (let i = asker.length - 2; i >= 0; i--) {
    const t = asker[i];
    const described = asker[i + 1];
    if (!t || !described || !body.has(described)) continue;
    if (known.some((k) => k.token.start > described.token.start && !body.has(k))) body.add(t);
  }
  return body;
}

/** The words of "what did <someone> say" that name the someone (none for another question). */
export function speakerTerms(question: string, terms: readonly ResolvedTerm[]): ResolvedTerm[] {
  const said = SPEAKER_ASKED.exec(question);
  if (!said) return [];
  const who = said[1] ?? '';
  const from = said.index + said[0].lastIndexOf(who, said[0].length - (said[2]?.length ?? 0));
  return terms.filter((t) => t.token.start >= from && t.token.start < from + who.length);
}

// Zipf frequency from which a word is everyday English ("guy" 5.9; "goalkeeper" 2.5 names someone in particular).
const EVERYDAY_ZIPF = 5;

/**
 * Whether the sentence is by the speaker these words of the question name: they are in its words that say who speaks
 * (see `attributionTerms`: "The national police said their unit was working with Europol" is not Europol's), or its
 * speaker's name or role; or, when another word matches the speaker's role, in the sentences beside it ("Valdoura said
 * it would appeal. "We compete hard," Chief Executive Rui Albergaria said" is Valdoura's CEO's), beside another of
 * the speaker's quotes (Albergaria's next quote, paragraphs later, is Valdoura's CEO's too), or in the paragraph before,
 * which names the body a bare title belongs to ("Grupo Almenara, the city's largest landlord, said it would put its
 * plans on hold. …" then ""We cannot invest 95 million euros …," Chief Executive Marta Oliver said": +4, nothing lost).
 */
export function speaks(
  doc: SentenceDoc,
  stems: ReadonlySet<string>,
  speaker: readonly ReadonlySet<string>[],
  facts: StoryFacts,
): boolean {
  const inRole = (some: ReadonlySet<string>) => [...some].some((s) => doc.speakerTerms.includes(` ${s} `));
  const attribution = attributionTerms(doc);
  if (inRole(stems) || [...stems].some((s) => attribution.includes(` ${s} `))) return true;
  return (
    speaker.some(inRole) &&
    [...stems].some(
      (s) => facts.inContext(doc, s) || facts.besideItsSpeaker(doc, s) || facts.inParagraphBefore(doc, s),
    )
  );
}

/** An everyday word of English for a person ("guy", "woman"): no one in particular. */
export function isEverydayPerson(t: ResolvedTerm): boolean {
  return zipfFrequency(t.token.folded) >= EVERYDAY_ZIPF && isPersonNoun(t.token.folded);
}

/**
 * The other names WordNet gives a title ("CEO": chief executive officer, chief executive; "chief": head), as index
 * terms: a speaker's role may write the title any of these ways, whichever the question's word matched in the
 * stories.
 */
function titleNames(t: ResolvedTerm): string[] {
  const agent = agentVerbOf(t.token.folded);
  const runs = RUNS_A_PLACE.has(t.token.folded) ? RUNNING_VERBS.flatMap(indexTerms) : [];
  return [
    ...personSynonymsOf(t.token.folded).flatMap(indexTerms),
    ...(agent ? indexTerms(agent) : []),
    ...runs,
  ];
}

// The titles of whoever runs a place, which a role may write as the running of it ("the café owner": _Elsa Nordin,
// who runs the island's only café_; "the museum director": _who has run the museum since 2009_).
// biome-ignore format: a word list reads best packed
const RUNS_A_PLACE = new Set(['owner', 'manager', 'landlord', 'landlady', 'proprietor', 'director', 'operator']);
const RUNNING_VERBS = ['run', 'own', 'manage'];

/**
 * The verb a title names the doer of ("leader": lead, "manager": manage, "director": direct), which a role may write
 * instead ("the union leader": _Mikael Strand, who leads the Lindahl branch of the transport workers' union_; +1,
 * nothing lost).
 */
function agentVerbOf(folded: string): string | undefined {
  if (!/(?:er|or)$/.test(folded) || !isPersonNoun(folded)) return undefined;
  return [folded.slice(0, -1), folded.slice(0, -2)].find((verb) => verb.length >= 3 && isMostlyVerb(verb));
}

/** A title WordNet spells out as a compound synonym ("CEO": chief executive). */
function isSpelledOut(t: ResolvedTerm): boolean {
  const best = t.matches[0];
  return best !== undefined && best.weight >= SYNONYM_WEIGHT && best.stem.includes(' ');
}

// A clause whose subject is the one before it: "…, but said", "…, and added", "Sundberg, who was told …".
const ELIDED_SUBJECT = /^\s*(?:and|but|or|while|then|yet|so|also|who|whom|whose|which|where|when)\b/i;
// How many words after a verb of saying that opens its clause may name who speaks ('," said Anna Berg, the mayor of …').
const AFTER_SAYING_WORDS = 12;

/**
 * The index terms of the words of a sentence that may say who speaks: those before its first verb of saying outside
 * quotation marks, and a few after it when it opens its clause; all of them when it has none.
 */
const attributionTerms = remembered((doc: SentenceDoc): string => {
  // Outside quotation marks, as the parser finds them: a quote's own words ("The minister was warned …") say nothing
  // of who speaks.
  const text = findQuoteSpans(doc.text).reduceRight(
    (rest, { open, close }) => `${rest.slice(0, open)} ${rest.slice(close + 1)}`,
    doc.text,
  );
  const m = SAYING.exec(text);
  if (!m) return doc.terms;
  // "… four more hostages, including a pregnant woman, were released, police said": the clause of the verb of saying
  // says who speaks, unless its subject is elided ("…, but said") or is the one before it ("Sundberg, who was told"):
  // +4 declined, nothing lost.
  const upTo = text.slice(0, m.index);
  const lastBreak = upTo.search(/[,;:][^,;:]*$/);
  const clause = upTo.slice(lastBreak + 1);
  // Nor when it opens with a verb: "Iain Fairlie, convener of the union branch, called the increases "…" and noted"
  // is Fairlie's (+7 −2).
  const firstWord = /^\s*(\p{Ll}+)/u.exec(clause)?.[1];
  const opensWithVerb = firstWord !== undefined && isMostlyVerb(firstWord);
  const own = lastBreak >= 0 && /\p{L}/u.test(clause) && !ELIDED_SUBJECT.test(clause) && !opensWithVerb;
  const before = own ? clause : upTo;
  const inverted = /(?:^|[,;:])\s*$/.test(before);
  const after = inverted
    ? text
        .slice(m.index + m[0].length)
        .split(/\s+/)
        .slice(0, AFTER_SAYING_WORDS + 1)
        .join(' ')
    : '';
  return ` ${tokenize(`${before} ${after}`).flatMap(termsOf).join(' ')} `;
}, 2_000);

// "… about how the virus spread", "… about when he found out": what happened, which a quote tells in its own words.
const ABOUT_HOW = /\babout\s+(?:how|why|when|where|whether|what)\b/i;
// So is it by what came to pass: "… about the park closing", "… about being stuck on the train" (+4, nothing lost).
const ABOUT_DOING = /\babout\s+(?:the|his|her|their|its|our|my)\s+\p{L}+\s+\p{L}+ing\W*$/iu;
const ABOUT_BEING = /\babout\s+(?:being|having|getting)\b/iu;
// "… about the night it collapsed", "… about the moment the eagle landed": a time told by what happened then (not "the
// sat nav", whose "sat" WordNet knows as Saturday).
const ABOUT_THE_TIME =
  /\babout\s+(?:the|that)\s+(\p{L}+)\s+(?:when|that|the|a|an|it|he|she|they|we|i|you|his|her|their|its|our)\b/iu;
// "… about the crash": one word after "about" and perhaps a determiner, ending the question, or a part of what the
// next names ("about the moment of the crash", "about the noise of the fall": +4, nothing lost).
const ABOUT_ONE_WORD =
  /\babout\s+(?:(?:the|his|her|their|its|this|that|these|those)\s+)?([\p{L}-]+)(?:['’]s?)?(?:\s+of\s+(?:the|his|her|their|its|this|that)\s+[\p{L}-]+)?\W*$/iu;

/**
 * Whether any quote of the speaker the question names answers it, though it lacks the words of what it is asked
 * about: in a story, someone's words are about its happenings and people ("what did Marta Kowalczyk say about the
 * collapse": _We heard a sound like thunder, and then the kitchen floor simply tilted_), but not about a thing, a
 * sum or a group, which they must name ("about the bolts", "about the dividend", "about the patrol"), nor about
 * anything said in more words ("about the share price", "about paying the ransom"), but for what happened, asked by
 * how, why or when it did ("about how the virus spread": _It went through the ship like wildfire_), by its time
 * ("about the day the projector failed"; +17, nothing lost) or as what came to pass ("about the park closing").
 */
export function anyQuoteAnswers(question: string): boolean {
  if (!/\babout\b/i.test(question)) return true;
  if (ABOUT_HOW.test(question)) return true;
  if (ABOUT_DOING.test(question) || ABOUT_BEING.test(question)) return true;
  const time = ABOUT_THE_TIME.exec(question)?.[1]?.toLowerCase();
  if (time !== undefined && isKindOf(time, 'time period')) return true;
  const word = ABOUT_ONE_WORD.exec(question)?.[1]?.toLowerCase();
  return word !== undefined && !isThingSumOrGroupNoun(word);
}
