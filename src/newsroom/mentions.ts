import nlp from 'compromise';
import { lexiconTags } from './text.js';

/** Raw name mentions found in a paragraph: the first stage of `people()`, before merging and counting. */

export type EntityKind = 'person' | 'organisation' | 'place';

export interface NameMention {
  name: string;
  kind: EntityKind;
  /** Capitalised title words found in front of a name ("NATO Secretary General"). */
  role?: string;
  paragraph: number;
}

interface Term {
  text: string;
  pre: string;
  post: string;
  tags: Set<string>;
  /** First word of a sentence: capitalised for grammar, not because it is a name. */
  initial: boolean;
}

interface JsonSentence {
  terms: { text: string; pre: string; post: string; tags: string[] }[];
}

/** Head nouns of institutions: a capitalised phrase ending in one names an organisation in any story. */
const INSTITUTION_HEADS = new Set(
  (
    'congress parliament senate council commission committee union alliance ministry department agency bank ' +
    'court party government army navy forces organization organisation assembly office university institute ' +
    'association federation company corporation group fund league administration cabinet'
  ).split(' '),
);

/** Verbs of attribution: "X said", "declared X" mark X as a speaker, hence a person. */
export const REPORTING_VERBS = new Set(
  (
    'said says told tells added adds stressed declared announced warned explained noted insisted argued ' +
    'stated wrote asked replied urged according'
  ).split(' '),
);

const PERSON_NAME_TAGS = ['FirstName', 'LastName', 'MaleName', 'FemaleName'];
/** Tags that let a sentence's first word start a name ("US Secretary…", "Moscow says…"). */
const NAMEISH_TAGS = ['ProperNoun', 'Acronym', 'Place', 'Organization', 'Person'];
/** "Russian air attacks": a demonym used as an adjective, which compromise sometimes tags as a place. */
const DEMONYM_ENDING = /(?:ian|ean|ese|ish)$/u;
const TITLE_CONNECTORS = new Set(['of', 'for']);
/** Lower-case particles inside surnames: "Ursula von der Leyen", "Ludwig van Beethoven", "Osama bin Laden". */
const NAME_PARTICLES = new Set('von van der den de del della da di du la le bin al ter ten'.split(' '));

/** How many particle terms start at `j` and lead to a capitalised word, inside one unpunctuated stretch. */
function particlesAt(terms: Term[], j: number): number {
  let k = 0;
  while (k < 3 && NAME_PARTICLES.has(terms[j + k]?.text ?? '') && !/\S/.test(terms[j + k]?.post ?? '')) k++;
  const next = terms[j + k];
  return k > 0 && next && isCapitalised(next) && !/\S/.test(next.pre) ? k : 0;
}

function isCapitalised(t: Term): boolean {
  return /^\p{Lu}/u.test(t.text);
}

/** A title word ("Minister", "Secretary", "General"), as opposed to a name or a qualifier. */
function isRoleWord(t: Term): boolean {
  const tagged = t.tags.has('Honorific') || t.tags.has('Actor');
  const nameLike = ['Acronym', 'Organization', 'Place', ...PERSON_NAME_TAGS].some((tag) => t.tags.has(tag));
  return tagged && !nameLike;
}

/** "NATO’s" → "NATO"; all-capital place names from datelines ("BRUSSELS") → "Brussels". */
function cleanWord(t: Term): string {
  const w = t.text.replace(/['’]s$/u, '');
  if (w.length > 4 && w === w.toUpperCase() && t.tags.has('Place')) return w[0] + w.slice(1).toLowerCase();
  return w;
}

function toTerms(text: string): Term[] {
  const sentences = nlp(text).json({ terms: { tags: true } }) as JsonSentence[];
  return sentences.flatMap((s) =>
    s.terms.map((t, i) => ({
      text: t.text,
      pre: t.pre,
      post: t.post,
      tags: new Set(t.tags),
      initial: i === 0,
    })),
  );
}

/** Maximal runs of capitalised words not broken by punctuation; "of" may join two capitalised parts. */
function capitalisedRuns(terms: Term[]): { run: Term[]; start: number }[] {
  const runs: { run: Term[]; start: number }[] = [];
  let i = 0;
  while (i < terms.length) {
    const first = terms[i];
    const startsName =
      first && isCapitalised(first) && (!first.initial || NAMEISH_TAGS.some((g) => first.tags.has(g)));
    if (!first || !startsName) {
      i++;
      continue;
    }
    const run = [first];
    let j = i + 1;
    while (j < terms.length) {
      const prev = run[run.length - 1];
      const t = terms[j];
      if (!prev || !t || /\S/.test(prev.post) || /\S/.test(t.pre) || t.initial) break;
      const next = terms[j + 1];
      if (
        TITLE_CONNECTORS.has(t.text) &&
        next &&
        isCapitalised(next) &&
        !/\S/.test(t.post) &&
        isRoleWord(prev)
      ) {
        run.push(t, next);
        j += 2;
        continue;
      }
      const particles = isRoleWord(prev) ? 0 : particlesAt(terms, j);
      if (particles > 0) {
        run.push(...terms.slice(j, j + particles + 1));
        j += particles + 1;
        continue;
      }
      if (!isCapitalised(t)) break;
      run.push(t);
      j++;
    }
    runs.push({ run, start: i });
    i = j;
  }
  return runs;
}

/** Splits "Lithuanian Foreign Minister Gabrielius Landsbergis" into title words and name words. */
function splitRole(run: Term[]): { role: Term[]; name: Term[] } {
  let last = -1;
  run.forEach((t, k) => {
    if (isRoleWord(t)) last = k;
  });
  // Postpositive adjectives belong to the title: "Secretary General", "Attorney General".
  while (last >= 0 && run[last + 1] && lexiconTags(run[last + 1]?.text ?? '').includes('Adjective')) last++;
  // "Secretary of State": the object of a title's "of" belongs to the title.
  if (last >= 0 && TITLE_CONNECTORS.has(run[last + 1]?.text ?? '')) last += 2;
  return { role: run.slice(0, last + 1), name: run.slice(last + 1) };
}

function classify(
  name: Term[],
  hasRole: boolean,
  before: Term | undefined,
  after: Term | undefined,
): EntityKind | null {
  const has = (tag: string) => name.some((t) => t.tags.has(tag));
  const last = name[name.length - 1];
  if (!last || name.every((t) => t.tags.has('Date') || t.tags.has('Demonym'))) return null;
  if (PERSON_NAME_TAGS.some(has)) return 'person';
  if (hasRole && name.length <= 4) return 'person';
  if (has('Organization') || INSTITUTION_HEADS.has(last.text.toLowerCase())) return 'organisation';
  if (name.every((t) => /^\p{Lu}{2,6}$/u.test(t.text)) && !has('Place')) return 'organisation';
  if (has('Place')) return name.length === 1 && DEMONYM_ENDING.test(last.text) ? null : 'place';
  const speaking =
    REPORTING_VERBS.has(after?.text.toLowerCase() ?? '') ||
    REPORTING_VERBS.has(before?.text.toLowerCase() ?? '');
  const plainProper = name.every((t) => t.tags.has('ProperNoun') && t.tags.size <= 3 && !t.tags.has('Actor'));
  if (plainProper && name.length >= 2 && name.length <= 3) return 'person';
  if (plainProper && speaking) return 'person';
  // "the Kremlin", "the Pentagon": a lone unknown proper noun after "the" names an institution.
  if (plainProper && name.length === 1 && before?.text.toLowerCase() === 'the') return 'organisation';
  return null;
}

/** Named people, organisations and places in one paragraph, with any title written in front of a name. */
export function paragraphMentions(text: string, paragraph: number): NameMention[] {
  const terms = toTerms(text);
  const out: NameMention[] = [];
  for (const { run, start } of capitalisedRuns(terms)) {
    const { role, name } = splitRole(run);
    const kind = classify(name, role.length > 0, terms[start - 1], terms[start + run.length]);
    if (!kind) continue;
    const mention: NameMention = { name: name.map(cleanWord).join(' '), kind, paragraph };
    if (kind === 'person' && role.length > 0) mention.role = role.map(cleanWord).join(' ');
    out.push(mention);
  }
  return out;
}
