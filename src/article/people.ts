import { firstNameSex } from '../lexicon/namesLexicon.js';
import { isTitleOrRole, SPEECH_VERB } from './names.js';
import { isRole, PARTICLES } from './nameWords.js';
import { findQuoteSpans, spanCursor } from './quoteMarks.js';

/** Where a known person is named in the body (outside quotations), for resolving "he said" / "the latter". */
export interface Mention {
  paragraph: number;
  pos: number;
  name: string;
  /** The mention opens its sentence: the sentence's subject, most often. */
  opens: boolean;
  /** It opens a sentence that says what someone said ("Hanna Kools, 39, who runs a noodle bar, said …"). */
  says: boolean;
}

// The sex a pronoun rules out (the attribution grammar's pronouns: "she said", "he told").
const OTHER_SEX: Record<string, 'female' | 'male' | undefined> = { she: 'male', he: 'female' };

// A last word alone after a preposition of place is the place ("the prefecture in Montclérac"), not the person or
// body whose name ends with it ("Les Caves de Montclérac").
const PLACE_BEFORE = /\b(?:in|at|near|outside|from)\s+$/i;

// What may stand before a name that opens its sentence: a few words of a title ("Resident", "Nordhav Energi
// spokesperson"), after the paragraph's start or the end of the sentence before; and how far back it is looked for.
const TITLED_OPENING = /(?:^|[.!?]["”’]?\s+)((?:[\p{L}'’-]+\s+){0,4})$/u;
const TITLE_REACH = 60;

// A sentence opened by where or when before the name that is its subject: "In Germany, Rainer Oltmann, 61, … said".
const SCENE_OPENING =
  /(?:^|[.!?]["”’]?\s+)(?:In|At|On|Outside|Near|Across|Elsewhere|Meanwhile|Earlier|Later|Separately)\b[^.!?,;"“”]{0,40},\s+$/;

/** Whether the text before a name opens its sentence with only a title: capitalised words and role words. */
function titledOpening(before: string): boolean {
  const words = TITLED_OPENING.exec(before)?.[1]?.split(/\s+/).filter(Boolean);
  return words?.every((w) => /^\p{Lu}/u.test(w) || isRole(w)) === true;
}

const SAYS = new RegExp(SPEECH_VERB.source, 'i');
// The end of a sentence, looked for from the name that opens it (`lastIndex`): read up to there, not to the
// paragraph's end, so a paragraph of many sentences costs linear time.
const SENTENCE_END = /[.!?]["”’]?(?:\s|$)/g;

// A verb of saying right after a name ("Rosli said", "Faridah told").
const SAID_NEXT = /^\s+(?:said|says|told|added|tells)\b/;

// How far back a pronoun looks (in mentions): bounds the work on pathological input.
const LOOKBACK = 200;

/** The people an article names, with their roles, and where each is mentioned. */
export class People {
  private readonly roles = new Map<string, string>();
  private readonly bySurname = new Map<string, string>();
  /** Every full name by its last word. */
  private readonly byLastWord = new Map<string, string[]>();
  /** Every full name by its first word. */
  private readonly byFirstName = new Map<string, string[]>();
  /** Every full name of three words or more by a word inside it ("Fernández" of "Lucía Fernández Villca"). */
  private readonly byInnerWord = new Map<string, string[]>();
  private mentions: Mention[] = [];

  add(name: string, role = ''): void {
    if (!name.includes(' ') && this.expand(name) !== name) return; // a surname of someone already known
    const known = this.roles.get(name);
    if (known === undefined || (role !== '' && !known.includes(role))) {
      // A longer description of the same role replaces it ("A lifelong Korvath fisherman", "Korvath fisherman").
      const roles = known && role.includes(known) ? [role] : [known, role];
      this.roles.set(name, roles.filter(Boolean).join(' ').trim());
    }
    const surname = name.split(' ').at(-1) ?? name;
    if (!name.includes(' ')) return;
    if (!this.bySurname.has(surname)) this.bySurname.set(surname, name);
    const named = this.byLastWord.get(surname) ?? [];
    if (!named.includes(name)) this.byLastWord.set(surname, [...named, name]);
    const first = name.split(' ')[0] ?? name;
    const firstNamed = this.byFirstName.get(first) ?? [];
    if (!firstNamed.includes(name)) this.byFirstName.set(first, [...firstNamed, name]);
    // Only a person's name, opened by a known first name, has surnames inside ("Orvanto Beverage Association" none).
    const inside = firstNameSex(first) === undefined ? [] : name.split(' ').slice(1, -1);
    for (const inner of inside) {
      const innerNamed = this.byInnerWord.get(inner) ?? [];
      if (!innerNamed.includes(name)) this.byInnerWord.set(inner, [...innerNamed, name]);
    }
  }

  /** Puts `role`, where the person has it, as `instead` ("His lawyer" -> "Tomas Valdris's lawyer"). */
  replaceRole(name: string, role: string, instead: string): void {
    const known = this.roles.get(name);
    if (known?.includes(role)) this.roles.set(name, known.replace(role, instead));
  }

  /** The roles the article gives the person ("Chief Operating Officer"), or "". */
  roleOf(name: string): string {
    return this.roles.get(name) ?? '';
  }

  /**
   * "Stoltenberg" -> "Jens Stoltenberg" when the article gave the full name; a surname opened by a particle ("De
   * Wulf" -> "Katrien De Wulf") or two surnames ("Castro Vidal" -> "Helena Castro Vidal") too, when one full name alone
   * ends with it and no title opens that; and a title and surname ("Father Bellandi", see `titledSurname`). (Not a
   * name opened by a first name: a title read as part of a name, "Executive Henrik Dahlqvist", would take over "Henrik
   * Dahlqvist".)
   */
  expand(name: string): string {
    if (!name.includes(' ')) {
      const full = this.fullNameOf(name) ?? this.byFirstNameAlone(name);
      return full === undefined ? name : this.expand(full);
    }
    const titled = this.titledSurname(name);
    if (titled !== undefined) return titled;
    const first = name.split(' ')[0] ?? '';
    if (!PARTICLES.has(first.toLowerCase()) && firstNameSex(first) !== undefined) return name;
    // "De Wit" opening a sentence is "Sanne de Wit"; not a title before the same name ("Inspector Dalia Roskova",
    // where the title was read as a name word).
    const longer = (this.byLastWord.get(name.split(' ').at(-1) ?? name) ?? []).filter(
      (n) => n.toLowerCase().endsWith(` ${name.toLowerCase()}`) && !isTitleOrRole(n.split(' ')[0] ?? ''),
    );
    return longer.length === 1 ? (longer[0] as string) : name;
  }

  /**
   * The full name a surname stands for: the one ending with it, or else the one full name holding it inside, where a
   * story calls someone by the first of two surnames ("Fernández" for "Lucía Fernández Villca", as Spanish names are
   * used); not a given name inside one ("María" of "Ana María López").
   */
  private fullNameOf(word: string): string | undefined {
    const surnamed = this.bySurname.get(word);
    if (surnamed !== undefined || firstNameSex(word) !== undefined) return surnamed;
    const inside = this.byInnerWord.get(word);
    return inside?.length === 1 ? inside[0] : undefined;
  }

  /**
   * The one other full name of someone called by a title and surname ("Father Bellandi" for "Enzo Bellandi", named
   * "the parish priest, Father Enzo Bellandi"), or undefined.
   */
  private titledSurname(name: string): string | undefined {
    if (!this.isTitledSurname(name)) return undefined;
    const surname = name.split(' ')[1] ?? '';
    const others = [...(this.byLastWord.get(surname) ?? []), ...(this.byInnerWord.get(surname) ?? [])].filter(
      (n) => !this.isTitledSurname(n),
    );
    return others.length === 1 ? others[0] : undefined;
  }

  /** Whether a name is a title and one more word ("Father Bellandi", "Mr Osei"). */
  private isTitledSurname(name: string): boolean {
    const [title = '', ...rest] = name.split(' ');
    return rest.length === 1 && isTitleOrRole(title);
  }

  /**
   * The one full name a word opens, when it is no one's surname: where a story calls someone by their given name
   * ("Faridah Osman" then "Faridah said", as Malay names are used).
   */
  private byFirstNameAlone(word: string): string | undefined {
    const named = this.byFirstName.get(word);
    return named?.length === 1 && !this.byLastWord.has(word) ? named[0] : undefined;
  }

  /** Indexes every mention (full name or surname) in the paragraphs in one pass per paragraph, skipping quotes. */
  index(paragraphs: readonly { n: number; text: string }[]): void {
    const byFirstWord = new Map<string, string[]>();
    for (const name of this.roles.keys()) {
      const first = name.split(' ')[0] ?? name;
      const list = byFirstWord.get(first);
      if (list) list.push(name);
      else byFirstWord.set(first, [name]);
    }
    this.mentions = [];
    for (const p of paragraphs) {
      const inQuote = spanCursor(findQuoteSpans(p.text));
      let skipTo = 0;
      for (const m of p.text.matchAll(/\p{Lu}[\p{L}'’-]*/gu)) {
        const pos = m.index ?? 0;
        if (pos < skipTo || !isWordStart(p.text, pos) || inQuote(pos)) continue;
        const full = (byFirstWord.get(m[0]) ?? []).find(
          (n) => p.text.startsWith(n, pos) && !isLetter(p.text[pos + n.length]),
        );
        // A given name alone is someone only as the subject of a verb of saying ("Rosli said he would …"): a body's
        // first word is no person however the story wrote its name ("Nordbahn raised drivers' pay").
        const givenName = () =>
          SAID_NEXT.test(p.text.slice(pos + m[0].length, pos + m[0].length + 12))
            ? this.byFirstNameAlone(m[0])
            : undefined;
        const alone = isLetter(p.text[pos + m[0].length])
          ? undefined
          : (this.fullNameOf(m[0]) ?? givenName());
        const name = full ?? alone;
        const single = this.roles.has(m[0]) ? m[0] : undefined;
        const found = name ?? single;
        if (!found || (!full && PLACE_BEFORE.test(p.text.slice(Math.max(0, pos - 8), pos)))) continue;
        // A surname met as a speaker before the full name was known ("Vlachou told") is still that person.
        // So does a full name after a title that opens it ("Resident Birgitta Holm, 58, …", "Nordhav Energi
        // spokesperson Lars Tennfjord said …"), which a "he said" after it means.
        const before = p.text.slice(Math.max(0, pos - TITLE_REACH), pos);
        const opens =
          pos === 0 ||
          /[.!?]["”’]?\s+$/.test(before) ||
          (full !== undefined && (titledOpening(before) || SCENE_OPENING.test(before)));
        SENTENCE_END.lastIndex = pos;
        const sentence = opens ? p.text.slice(pos, SENTENCE_END.exec(p.text)?.index ?? p.text.length) : '';
        this.mentions.push({
          paragraph: p.n,
          pos,
          name: this.expand(found),
          opens,
          says: SAYS.test(sentence),
        });
        skipTo = pos + (full ?? m[0]).length; // "Jens Stoltenberg" is one mention, not two
      }
    }
  }

  /**
   * The person a pronoun refers to: the nearest named person before the position ("he", "the latter"),
   * the one before that for "the former", or the nearest whose role has the noun ("the minister").
   */
  resolve(paragraph: number, pos: number, word = 'he'): string | undefined {
    let hi = this.lastBefore(paragraph, pos);
    const distinct: string[] = [];
    for (let seen = 0; hi >= 0 && seen < LOOKBACK; hi--, seen++) {
      const name = this.mentions[hi]?.name;
      if (name !== undefined && !distinct.includes(name)) distinct.push(name);
    }
    if (word === 'the former') return distinct[1] ?? distinct[0];
    // A pronoun is the subject of the sentence before in its paragraph, when a name opens it: "Berhanu said he had
    // hoped to stay with Maruti. "…," he said." is Berhanu's, not Maruti's, the nearer.
    const subject = this.subjectBefore(paragraph, pos);
    const not = OTHER_SEX[word];
    if (subject && (word === 'he' || word === 'she' || word === 'they')) {
      if (!not || firstNameSex(subject.split(' ')[0] ?? '') !== not) return subject;
    }
    // "she said" is not a man's words, nor "he said" a woman's, when the first name says which.
    if (not) return distinct.find((n) => firstNameSex(n.split(' ')[0] ?? '') !== not);
    const noun = /^the\s+(\S+)$/.exec(word)?.[1];
    if (noun && noun !== 'latter') {
      return distinct.find((n) => (this.roles.get(n) ?? '').toLowerCase().includes(noun));
    }
    return distinct[0];
  }

  /**
   * The name opening the last sentence before (paragraph, pos) in that paragraph that opens with one; or, when the
   * paragraph names no one before it, the one opening the paragraph before's last sentence to open with a name, if
   * that sentence says what they said ("Hanna Kools, 39, who … takes orders through Zippa, said …", then a paragraph
   * "\"If Zippa leaves, …,\" she said" is Kools's).
   */
  private subjectBefore(paragraph: number, pos: number): string | undefined {
    let within = paragraph;
    for (let at = this.lastBefore(paragraph, pos), seen = 0; at >= 0 && seen < LOOKBACK; at--, seen++) {
      const m = this.mentions[at];
      if (m === undefined) return undefined;
      if (m.paragraph !== within) {
        if (within !== paragraph || seen > 0 || m.paragraph !== paragraph - 1) return undefined;
        within = m.paragraph;
      }
      if (m.opens) return within === paragraph || m.says ? m.name : undefined;
    }
    return undefined;
  }

  /** Index of the last mention strictly before (paragraph, pos), or -1 (binary search: mentions are in order). */
  private lastBefore(paragraph: number, pos: number): number {
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const m = this.mentions[mid];
      const before =
        m !== undefined && (m.paragraph < paragraph || (m.paragraph === paragraph && m.pos < pos));
      if (before) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }
}

const isLetter = (c: string | undefined): boolean => c !== undefined && /\p{L}/u.test(c);
const isWordStart = (text: string, pos: number): boolean => !isLetter(text[pos - 1]);
