/**
 * The words names and roles are made of, for the attribution grammar (names.ts): tests on one word, by its spelling,
 * and for a role word WordNet's too.
 */
import { isNounAsOftenAsNot, isPersonNoun } from '../lexicon/wordKinds.js';

// Jobs and titles that precede a name ("NATO Secretary General", "Kremlin spokesman") or head a description.
const ROLE = new Set(
  `secretary general minister president vice prime foreign defense defence interior finance economy health state
  affairs chancellor spokesman spokeswoman spokesperson ambassador senator sen rep representative representatives gov
  governor mayor chief director commander officer officers adviser advisor chairman chairwoman chair head leader king
  queen prince princess pope mr mrs ms dr deputy admiral adm colonel col major maj lieutenant lt captain capt sergeant
  sgt judge justice ceo executive manager professor prof speaker envoy diplomat diplomats official officials
  coordinator commissioner attorney premier emir sultan lawmaker lawmakers analyst analysts economist expert experts
  founder owner bishop cardinal rabbi imam coach source sources witness witnesses resident residents soldier soldiers
  man woman person people spokespeople aide aides staffer staffers worker workers negotiator mediator
  president-elect lady first crown member members staff
  agency ministry government department army military police office commission committee council`
    .split(/\s+/)
    .filter(Boolean),
);
// Lowercase parts of names ("Ursula von der Leyen").
export const PARTICLES = new Set('von van der den de da di del la le al bin ibn el du dos'.split(' '));
export const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'i', 'we']);
export const DETERMINERS = new Set(['a', 'an', 'the', 'one', 'another', 'two', 'three', 'several', 'some']);
// Capitalised words that are not names even when they sit next to a verb ("May" is left out: Theresa May).
const NOT_NAMES = new Set(
  `The A An This That These Those It He She They We I But And Or So Yet In On At For As If When While After Before
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April June July August
  September October November December Today Yesterday Tomorrow However Meanwhile Separately Still Earlier Later Also
  Then Now Instead Moreover Asked Speaking Previously Finally Last Next Under Over From With Without Despite During
  Since Until By Across Among Between Through Against Within Into Unlike Amid Following According Beyond Behind`.split(
    /\s+/,
  ),
);

/** The bare word: no surrounding quotes or brackets, no trailing punctuation except the period of "F." or "U.S.". */
export const clean = (w: string): string => {
  const bare = w.replace(/^[“"«‘'(]+|[”"»’',;:)]+$/g, '');
  return /^(?:\p{L}\.)+$/u.test(bare) ? bare : bare.replace(/[.!?]+$/, '');
};
/** Punctuation after the word closes the phrase (the period of an initial or "U.S." does not). */
export const endsClause = (w: string): boolean =>
  /[,;:!?”"»)]$/.test(w) ||
  (w.endsWith('.') && !/^[“"«‘'(]*(?:\p{L}\.)+$/u.test(w) && !TITLE_ABBREVIATIONS.has(w.toLowerCase()));
const TITLE_ABBREVIATIONS = new Set(
  'sen. rep. gov. gen. lt. col. sgt. capt. adm. maj. dr. mr. mrs. ms. prof. st. jr. sr. rev. pres.'.split(
    ' ',
  ),
);
/**
 * A word for what someone is: a title or a role of the list above, or a lower-case word WordNet files as a noun for
 * people and uses as a noun at least as often as otherwise ("prosecutor", "administrator", "curator", "auctioneer";
 * not "senior", mostly an adjective, nor "have", which WordNet also lists as a noun for the rich).
 */
export const isRole = (w: string): boolean => {
  const bare = clean(w).toLowerCase().replace(/\.$/, '');
  return ROLE.has(bare) || (/^\p{Ll}+$/u.test(clean(w)) && isNounAsOftenAsNot(bare) && isPersonNoun(bare));
};
const isAcronym = (w: string): boolean =>
  /^\p{Lu}[\p{Lu}.]+$/u.test(clean(w)) && clean(w).replace(/\./g, '').length >= 2;
export const isCapitalised = (w: string): boolean => /^\p{Lu}/u.test(clean(w)) && !NOT_NAMES.has(clean(w));
/** A name word: capitalised, not a title, acronym ("NATO") or possessive ("Ukraine's"), or an initial ("F."). */
export const isNameWord = (w: string): boolean =>
  isCapitalised(w) && !isRole(w) && !isAcronym(w) && !/['’]s$/.test(clean(w)) && clean(w).length > 0;
