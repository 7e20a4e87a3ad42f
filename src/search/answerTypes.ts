import { MONTH_FORMS, MONTHS, WEEKDAYS } from '../article/calendar.js';
import { AGE_ADVERBS, AGE_SET_OFF_END } from '../article/namesSetOff.js';
import { isKnownFirstName } from '../lexicon/namesLexicon.js';
import { isGroupNoun, isKindOf, isPersonNoun } from '../lexicon/wordKinds.js';
import { isNoEnglishWord } from './english.js';
import { AFTER_A_MULTIPLE, ORDINAL_COUNT, SMALL_NUMBERS } from './numberWords.js';
import type { AnswerType } from './query.js';
import { isStopWord, type Token, tokenize } from './text.js';

/** The kinds of answer a sentence can give, found once at index time from its words. */
export interface SentenceFeatures {
  number: boolean;
  /** A sum of money: a currency sign or name ("$566 million", "486 million euros"). */
  money: boolean;
  /** A number with a unit of length, weight, area or speed ("38 kilometres", "300 km/h"). */
  measure: boolean;
  /** A share: a number of per cent ("118%", "6.8 percent"). */
  share: boolean;
  /** A number of units of time ("14 days", "three years and two months"). */
  duration: boolean;
  /** An age ("a 47-year-old father", "Martina Eder, 44,", "aged 57") or the year something began ("Founded in 1921"). */
  age: boolean;
  /** A time of day: "11:07 a.m.", "at 9 p.m.", "noon", "midnight". */
  time: boolean;
  /** A result as sport writes it: "6-4 3-6 7-6(5)", "a 5-0 home defeat". */
  score: boolean;
  date: boolean;
  /** Dated before the story's year only ("was fined 2,000 euros in 2022"). */
  past: boolean;
  /** Dated only before the year before the story's ("640 reports in 2019" in a 2026 story): not last year's. */
  longPast: boolean;
  /** Past, and dated "in" or "since" a year: a background event ("In 1987, a landslide … killed 11 people"). */
  background: boolean;
  /** A date that may be still to come: a month, a day, a word of time, or a year not before the story's own. */
  upcoming: boolean;
  speech: boolean;
  /** A capitalised word after the first: a person, place or body. */
  name: boolean;
  /** A person's name: a quote's speaker, a name the story gives a speaker, or a known first name and a surname. */
  person: boolean;
  /** A place named (see `answerFit.ts`: known places, names after "in", "near", "the town of"). */
  place: boolean;
  quote: boolean;
}

// A month, written out or short ("Dec."), right before a day of it or right after ("on December 9", "9 Dec.").
const MONTH_NAMES = MONTH_FORMS.join('|');
const MONTH_BEFORE = new RegExp(`\\b(?:${MONTH_NAMES})\\.?\\s+$`, 'i');
const MONTH_AFTER = new RegExp(`^(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTH_NAMES})\\b`, 'i');

// How far around a day the month is looked for: the longest month, a full stop and a few spaces.
const MONTH_REACH = 20;

/** Whether the number is a day of a month ("December 9"): a date, not an amount. */
function isDayOfMonth(t: Token, text: string): boolean {
  if (!/^\d{1,2}$/.test(t.surface) || Number(t.surface) > 31) return false;
  const end = t.start + t.surface.length;
  return (
    MONTH_BEFORE.test(text.slice(Math.max(0, t.start - MONTH_REACH), t.start)) ||
    MONTH_AFTER.test(text.slice(end, end + MONTH_REACH))
  );
}

// General English, nothing of any one story: month and day names (and their short forms), and words that place an
// event in time.
const TIME_WORDS = new Set([
  ...MONTH_FORMS,
  ...WEEKDAYS,
  ...'today yesterday tomorrow tonight year month week day decade century earlier later ago since until'.split(
    ' ',
  ),
]);

export const YEAR = /^(1[89]|20)\d\d$/;

/** Whether the token is a year as written: four digits, no thousands separator ("2024", not "1,870"). */
export function isYearToken(t: Token): boolean {
  return t.isNumber && YEAR.test(t.surface);
}
// A year after "in" or "since", a month or "early / late / mid" between ("In February 2012", "since mid-2019").
const BACKGROUND =
  /\b(?:[Ii]n|[Ss]ince)\s+(?:(?:early|late|mid)[\s-]+)?(?:[A-Z][a-z]+\s+)?(?:1[89]|20)\d\d\b/;
// The month May, with its day or after a word that places it in time ("on May 22", "in May", "since May", "begins
// around May").
const MAY_MONTH =
  /\bMay\s+\d{1,2}\b|\b(?:in|on|by|until|till|since|from|early|late|mid|next|last|of|around|before|after|during|through|this|between)\s+May\b/;
// A season or a feast of the year placed in time ("next autumn", "in the spring", "by Christmas"), not "the fall in
// prices" nor a Christmas market; it may be still to come unless "last", "since" or habitual ("in winter", "every
// spring").
const SEASONS = '(?:spring|summer|autumn|fall|winter|Christmas|Easter)';
const SEASON = new RegExp(
  `\\b(?:in|by|this|next|last|until|till|since|from|over|during|through|throughout|early|late|mid|before|after|each|every|ahead\\s+of|around)\\s+(?:the\\s+)?(?:(?:early|late|coming|following|next|same)\\s+)?${SEASONS}\\b`,
  'i',
);
const SEASON_TO_COME = new RegExp(
  `\\b(?:(?:in|by|until|till|from|before|after|ahead\\s+of|around)\\s+the|by|this|next|until|till|before|ahead\\s+of|early|late|mid)\\s+(?:(?:early|late|coming|following|next)\\s+)?${SEASONS}\\b`,
  'i',
);
// A quarter of the year, not a quarter of something: "expected to close in the third quarter".
const QUARTER_OF_YEAR =
  /\b(?:first|second|third|fourth|final|last|next|this|current)\s+quarter\b(?!\s+of\s+(?!the\s+year))/i;

// "Twice" counting times, not a multiple ("twice as long", "twice the price").
const TWICE = String.raw`\btwice\b(?!\s+(?:${AFTER_A_MULTIPLE})\b)`;
// "Once" counting times: "once a week", "once every two years", "only once"; not "once the plan is approved".
const ONCE = String.raw`\bonce\s+(?:a|an|per|every|each|in\s+(?:a|an|the|\d))\b|\b(?:only|just|at\s+least|more\s+than|exactly|than)\s+once\b`;
const HOW_MANY = String.raw`(?:\d[\d,.]*|${SMALL_NUMBERS}|few|couple\s+of)`;
const EVERY_UNIT = String.raw`(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|fortnights?|months?|quarters?|years?|decades?|seasons?|summers?|winters?|mornings?|evenings?|kilomet(?:re|er)s?|miles?|metres?|meters?)`;
// How often something happens, as news says it: "twice a week", "three evenings a week", "every 40 minutes", "every
// six years", "every two to four years", "every Friday", "weekly", "on three occasions", "eight times", "one tag in
// seven", "on 19 percent of calls", "rarely" (see `givesFrequency`).
const FREQUENCY = new RegExp(
  String.raw`\bthrice\b|${TWICE}|${ONCE}|\b(?:\d[\d,.]*|${SMALL_NUMBERS}|several|many|few|dozens\s+of|hundreds\s+of|a\s+handful\s+of|a\s+dozen)\s+times\b|\bevery\s+(?:other\s+|single\s+)?(?:${HOW_MANY}(?:\s+(?:to|or)\s+${HOW_MANY})?[\s-]+)?(?:${EVERY_UNIT}|${WEEKDAYS.join('|')}|weekday|weekend)\b|\b(?:one|\d+)\s+(?:[\p{L}-]+\s+)?in\s+(?:every\s+)?(?:\d+|${SMALL_NUMBERS})\b|\d\s?(?:%|percent\b|per\s+cent\b)\s+of\b|\b(?:${WEEKDAYS.join('|')})s\b|\b(?:hourly|daily|nightly|weekly|fortnightly|monthly|quarterly|yearly|annually|biannually|biennially)\b|\b(?:\d[\d,.]*|${SMALL_NUMBERS}|one|several)\s+(?:[\p{L}-]+\s+)?(?:a|per|each)\s+(?:day|week|month|year|shift|night|hour|minute|season|fortnight)\b|\b(?:each|per)\s+(?:day|week|month|year|shift|night|hour|season)\b|\bon\s+(?:\d[\d,.]*|${SMALL_NUMBERS}|several|many)\s+occasions\b|\b(?:rarely|seldom|occasionally|infrequently|frequently|regularly|routinely)\b`,
  'iu',
);

// A number in words, or a count of times ("twice", "once a week", "only once"; not "once the plan is approved"), or a
// fraction ("cut orders by a fifth"; not "the fifth round"; +1, nothing lost).
const NUMBER_WRITTEN = new RegExp(
  `\\b(?:${SMALL_NUMBERS}|dozens?|hundreds?|thousands?|millions?|billions?|half|third|quarter|thrice)\\b|${TWICE}|${ONCE}|\\b(?:an?|one|two|three|four|seven|nine)\\s+(?:fifths?|sixths?|eighths?|tenths?)\\b`,
  'i',
);

// Currency signs and the names of currencies in general English, singular and plural; ambiguous ones ("crowns", "won",
// "rand", "lei") only after a number, or the Eleonora Crown would be a sum.
const MONEY =
  /[$€£¥₹]|\b(?:euros?|dollars?|francs?|pounds?|yen|yuan|renminbi|rupees?|pesos?|reais|kron(?:a|or|e|er)|roubles?|rubles?|zlotys?|zlotych|forints?|korunas?|levs?|leva|lira|lire|shekels?|dirhams?|dinars?|riyals?|ringgits?|rupiahs?|baht|hryvnias?|tenge|cents?|pence|usd|eur|gbp|chf|jpy|cny|pln|huf|czk|sek|nok|dkk)\b|\d(?:[\s-]+(?:million|billion|thousand))?[\s-]+(?:crowns?|won|rand|lei)\b/i;
// A currency named by its country's adjective: "68 million Danish crowns" (case-sensitive: a capital, not "gold").
const NATIONAL_MONEY = /\d(?:\s+(?:million|billion|thousand))?\s+[A-Z][a-z]+\s+crowns?\b/;

// A number and the word after it, which may be a currency WordNet knows ("1.1 billion shillings", "400 naira").
const NUMBER_AND_WORD = /\d(?:[\s-]+(?:million|billion|thousand))?[\s-]+(\p{Ll}+)\b/gu;

/** Where the sums of money in a text are: the offsets where their currency signs and names end. */
export function moneyAt(text: string): number[] {
  const all = (re: RegExp) => text.matchAll(new RegExp(re.source, `${re.flags}g`));
  const ends = [...all(MONEY), ...all(NATIONAL_MONEY), ...currenciesAfterNumbers(text)].map(
    (m) => (m.index ?? 0) + m[0].length - 1,
  );
  return [...new Set(ends)].sort((a, b) => a - b);
}

/** Whether the text gives a sum of money (see `moneyAt`). */
function givesMoney(text: string): boolean {
  return MONEY.test(text) || NATIONAL_MONEY.test(text) || currenciesAfterNumbers(text).length > 0;
}

/**
 * A number and a currency the list above lacks, which WordNet files as a kind of monetary unit ("1.1 billion
 * shillings", "18,000 kwacha"), or a word English does not know at all ("6.2 billion ariary", "540 lusars"): what a
 * story counts in a word of no English is a local currency far more often than a thing; after a number only, as the
 * ambiguous ones above.
 */
function currenciesAfterNumbers(text: string): RegExpMatchArray[] {
  return [...text.matchAll(NUMBER_AND_WORD)].filter((m) => {
    const word = m[1] ?? '';
    return isKindOf(word, 'monetary unit') || (isNoEnglishWord(word) && endsNounPhrase(text, m));
  });
}

// What ends a noun phrase: punctuation, the text's end, or a small word ("540 lusars had", "3 million lorvs a day",
// "60,000 korun per breach"), not a noun the word describes ("12 unstaffed book-exchange lockers").
const NOUN_PHRASE_END = /^\s*(?:$|[,.;:)(–—]|(\p{L}+))/u;
function endsNounPhrase(text: string, m: RegExpMatchArray): boolean {
  const next = NOUN_PHRASE_END.exec(text.slice((m.index ?? 0) + m[0].length));
  const word = next?.[1]?.toLowerCase();
  return next !== null && (word === undefined || word === 'per' || isStopWord(word));
}

// A number and a unit of general English (SI and imperial, or pages for a text), written out or short ("12-metre",
// "300 km/h", "64-page", "17 nautical miles", "three miles", "half a metre"). Tried only where a run of digits or a
// word starts, so a long run costs linear time, not quadratic.
const UNIT =
  '(?:(?:nautical|square|cubic)\\s+)?(?:(?:k|c|m)?m|km\\/h|kph|mph|(?:kilo|centi|milli)?met(?:re|er)s?|miles?|feet|foot|ft|yards?|kg|kilos?|kilograms?|grams?|tonnes?|tons?|lbs?|ounces?|oz|knots?|hectares?|acres?|storeys?|floors?|degrees?|°?c|°f|pages?|decibels?|db)';
const MEASURE = new RegExp(
  `(?:(?<![\\d,.])\\d[\\d,.]*(?:\\s+(?:thousand|million|billion))?\\s*-?\\s*${UNIT}|\\b(?:${SMALL_NUMBERS}|half\\s+an?)\\s+(?!m\\b)${UNIT})\\b`,
  'i',
);
// How far a place is, as people say it, by the time it takes to get there: "a 25-minute drive away", "a 10-minute
// walk", "40 minutes away by ferry", "45 minutes each way by bus" (+5, nothing lost).
const TRAVEL_TIME = new RegExp(
  `(?:(?<![\\d,.])\\d[\\d,.]*|\\b(?:${SMALL_NUMBERS}))(?:\\s+and\\s+a\\s+half)?[\\s-]+(?:minutes?|hours?)(?:\\s+|-)(?:drive|walk|ride|flight|sail|journey|crossing|trip|away|each\\s+way|by\\s+(?:bus|car|train|rail|ferry|boat|road|air|bike|bicycle))\\b`,
  'i',
);
// A number of per cent ("118%", "6.8 percent").
const SHARE = /\d\s?(?:%|percent\b|per cent\b)/i;

// A number, in digits or words, of units of time ("40 hours", "four-year", "two months", "two and a half years",
// "half an hour"); not a sum counted in time's pay ("a fine of one and a half months' gross salary").
const TIME_UNIT =
  "(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)(?!['’]\\s+(?:[a-z]+\\s+)?(?:salary|salaries|pay|wages?|income|earnings|rent)\\b)";
const DURATION = new RegExp(
  `(?:(?<![\\d,.])\\d[\\d,.]*|\\b(?:${SMALL_NUMBERS}|several|few))(?:\\s+and\\s+a\\s+half)?\\s*-?\\s*${TIME_UNIT}\\b|\\bhalf\\s+an?\\s+${TIME_UNIT}\\b`,
  'i',
);

// A time of day: "4:15 p.m.", "at 14:30", "9 a.m.", "noon"; as British English writes it too, "at 5.45 on his way"
// (not "closed at 14.86 euros", "stood at 3.20, analysts said"), and as said, "half past six", "a quarter to seven"
// (+4 −1 over all questions: "what time does Astrid Nygaard's shift start" is answered by _You check the wind app at
// half past five in the morning_).
const HOURS_IN_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve';
const TIME_OF_DAY = new RegExp(
  `\\b\\d{1,2}[:.]\\d{2}\\s*(?:a\\.m\\.|p\\.m\\.|am\\b|pm\\b|GMT|UTC|local|in the (?:morning|afternoon|evening)|at night)|\\b(?:at|by|from|until|till|before|after|around|about|since)\\s+(?:\\d{1,2}:\\d{2}\\b|(?:[01]?\\d|2[0-3])\\.[0-5]\\d(?=\\s+(?:on|every|each|that|this|when|before|after|in\\s+the\\s+(?:morning|afternoon|evening))\\b))|\\b\\d{1,2}\\s*(?:a\\.m\\.|p\\.m\\.|o'clock)|\\b(?:noon|midnight)\\b|\\b(?:half|(?:a\\s+)?quarter)\\s+(?:past|to)\\s+(?:\\d{1,2}|${HOURS_IN_WORDS})\\b`,
  'i',
);

const TIME_OF_DAY_ALL = new RegExp(TIME_OF_DAY.source, 'gi');

/** Where the text writes a time of day ("at 4:15 p.m."), as [start, end) offsets: a time, not an amount. */
function timesOfDay(text: string): [number, number][] {
  if (!TIME_OF_DAY.test(text)) return [];
  return [...text.matchAll(TIME_OF_DAY_ALL)].map((m) => [m.index, m.index + m[0].length]);
}

// A result as sport writes it ("6-4", "7-6(5)", "5–4"), or a vote's tally ("voted 27 to 19", "by 19 votes to 12", "by
// five votes to three", "a vote of 14 to 3").
const TALLY = `(?:\\d{1,3}|${SMALL_NUMBERS})`;
const SCORE = new RegExp(
  `(?<![\\d.,–-])\\d{1,2}[–-]\\d{1,2}(?:\\(\\d{1,2}\\))?(?![\\d–-])|\\b(?:voted|by|votes?\\s+of)\\s+${TALLY}\\s+(?:votes?\\s+)?to\\s+${TALLY}\\b|\\b${TALLY}\\s+votes?\\s+to\\s+${TALLY}\\b`,
);

/** One's own before the age told of them: "My mother is" of _My mother is 84_ (not the speaker's; see `askedPerson.ts`). */
export const RELATIVE_IS = '\\b(?:[Mm]y|[Hh]is|[Hh]er|[Oo]ur|[Tt]heir)\\s+\\p{Ll}+\\s+(?:is|was)';
// An age told of oneself or one's own, or of someone when something happened ("I'm 81", "My mother is 84 and goes to
// dialysis", "when he was 20"), or as it is now ("Ewald Grieshaber, is now 61 and still works there"): a number alone
// after the verb, not "I was 300 metres away".
const OWN_AGE = `(?:\\bI(?:'m|’m| am| was)|${RELATIVE_IS}|\\b[Ww]hen\\s+(?:he|she|I)\\s+was|\\b(?:is|was)\\s+now)\\s+\\d{1,2}(?=\\s*(?:[,.;]|and\\b|$))`;
// An age as news writes it: "47-year-old", "310 years old", "14 months old", "eight weeks old", "aged 57", "the
// oldest was 81"; or set off by commas after a name ("Martina Eder, 44,", or ending the sentence: "said her
// granddaughter, Lucy Garside, 34."), which belongs to that name (see `askedPerson.ts`). Years old may be written in
// words: "a nine-year-old giraffe", "thirty-one-year-old", "aged seven".
// The number may open the sentence: "Nine-year-old Isla Carver was among those admitted".
const OPENING_NUMBERS = SMALL_NUMBERS.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase());
export const YEARS_OLD = `(?:\\d{1,3}|(?:${SMALL_NUMBERS}|${OPENING_NUMBERS})(?:-(?:${SMALL_NUMBERS}))?)-year-old`;
const AGE_WRITTEN = new RegExp(
  `\\b${YEARS_OLD}\\b|\\b\\d{1,4} years old\\b|\\b(?:\\d{1,3}|${SMALL_NUMBERS}) (?:years?|months?|weeks?|days?) old\\b|\\baged (?:between )?(?:\\d{1,3}|(?:${SMALL_NUMBERS})(?:-(?:${SMALL_NUMBERS}))?)\\b|\\b(?:age|oldest|youngest|eldest)\\b[^.;]{0,40}?\\b(?:was|is|were|of|to|at)\\s+(?:about |around |nearly |almost |just )?(?:\\d{1,3}\\b(?![.,:]\\d|%)|(?:${SMALL_NUMBERS})\\b)|${OWN_AGE}`,
  'u',
);
/**
 * A sentence opening with the age of someone the sentence before names, its subject: "The 26-year-old, running only
 * his third marathon, …", "Now 81, he says …", "She, now 47, …".
 */
const AGED_ONE_OPENING = new RegExp(
  `^\\W*(?:The\\s+${YEARS_OLD}\\b|(?:Now|Aged)\\s+\\d{1,3},\\s+(?:he|she)\\b|(?:He|She),\\s+(?:now\\s+)?\\d{1,3},)`,
  'u',
);

/**
 * The stems of the name of the one whose age a sentence opens with (see `AGED_ONE_OPENING`): the first name the
 * sentence before writes past its first word, not a possessive's ("Kenya's Elias Maruti broke the record": elia,
 * maruti), whom it is about (not _to beat Lukas Brenner_ at its end). None for a sentence opening otherwise.
 */
export function agedOneNamed(text: string, before: string | undefined): Set<string> {
  return before !== undefined && AGED_ONE_OPENING.test(text) ? firstNameIn(before) : new Set();
}

/** The stems of the first name a sentence writes past its first word, not a possessive's. */
function firstNameIn(text: string): Set<string> {
  const tokens = tokenize(text);
  const name = new Set<string>();
  for (const t of tokens.slice(1)) {
    const possessive = /^['’]s\b/.test(text.slice(t.start + t.surface.length));
    if (t.capitalised && !t.isNumber && !possessive) name.add(t.stem);
    else if (name.size > 0) break;
  }
  return name;
}
// Two capitalised words set off by an age: a person's name, however unknown ("Duarte Lobo, 58,").
const NAME_AND_AGE = /\p{Lu}[\p{Ll}'’-]+ \p{Lu}[\p{L}'’-]+, \d{1,3},/u;
// An age set off after a name, perhaps with the time it was theirs ("Vollmer, now 81,"; "The night guard, then 24,";
// "Frame, now 59 and a sheep farmer").
const AGE_SET_OFF = new RegExp(
  `\\p{Lu}\\p{Ll}+, (?:(?:${AGE_ADVERBS})\\s+)?\\d{1,3}(?:${AGE_SET_OFF_END}|\\.$)|\\p{L}, (?:now|then) \\d{1,3},(?!\\d)`,
  'u',
);
// The year something began: "Founded in 1921", "built in 1977", "Founded on April 4, 1949", "born in Lyon in 1971",
// "Founded by Cistercian monks in 1147", "founded by his grandfather Hendrik Veldhuis in 1931" (60 characters between:
// +2 −1 at 30 characters' reach, the −1 a person's age, see `givesAgeOf`).
const BEGAN_IN =
  /\b(?:founded|established|created|formed|built|opened|launched|started|set up|incorporated|born|dates? (?:back )?(?:to|from))\b[^.;]{0,60}?\b(?:1\d|20)\d\d\b/iu;

/** A verb of saying, as reported speech writes it ("said", "told", "according to"). */
export const SAYING =
  /\b(?:said|says|told|stressed|added|declared|warned|noted|insisted|argued|explained|announced|claim(?:s|ed)?|according to|sp(?:oke|eaks|eaking|oken))\b/i;
// A figure put on something, as a source states it: "Organisers put the crowd at 70,000".
const PUT_AT =
  /\bput(?:s|ting)?\s+(?:the|its|their|his|her)\s+(?:[\p{L}-]+\s+){0,3}?at\s+(?:about\s+|around\s+|some\s+|nearly\s+)?\d/u;
// Reported speech: quotation marks, a verb of saying, or a figure put on something.
const SPEECH_CUE = new RegExp(`["“”]|${SAYING.source}|${PUT_AT.source}`, 'iu');

// An age set off after a word for a person written in lower case ("the ship's Ukrainian captain, 58, has been …").
const WORD_AND_AGE = /\b(\p{Ll}+), \d{1,3},(?!\d)/gu;

/** Whether the text sets off an age after a word for a person (see `WORD_AND_AGE`). */
function personAged(text: string): boolean {
  return [...text.matchAll(WORD_AND_AGE)].some((m) => isPersonNoun(m[1] ?? ''));
}

// The century a thing was made in, which says how old it is: "the 14th-century church of St Aldhelm" (+4, nothing
// lost).
const CENTURY_MADE = /\b\d{1,2}(?:st|nd|rd|th)[\s-]century\b/i;

/**
 * Whether the text gives an age other than one set off by commas after a name, or the year or century something
 * began.
 */
function agedOtherwise(text: string): boolean {
  return AGE_WRITTEN.test(text) || BEGAN_IN.test(text) || CENTURY_MADE.test(text);
}

// The year someone was born ("born in Lyon in 1971").
const BORN_IN = /\bborn\b[^.;]{0,30}?\b(?:1\d|20)\d\d\b/i;

// How far before the year something began its name may stand ("Brennwald Bau, a family firm founded in 1921").
const BEGAN_REACH = 60;

/** The words before the year something began, which name what began ("Brookside, which | opened in 1998"), if any. */
export function beganBefore(text: string): string | undefined {
  const at = BEGAN_IN.exec(text)?.index;
  return at === undefined ? undefined : text.slice(Math.max(0, at - BEGAN_REACH), at);
}

/**
 * Whether the text gives a person's age other than one set off by commas after a name: not the year a thing began
 * (_Brookside, which opened in 1998, …, Fennessy said_ gives no age of Fennessy's).
 */
export function personAgedOtherwise(text: string): boolean {
  return AGE_WRITTEN.test(text) || BORN_IN.test(text);
}

/** A word that places an event in time ("February", "Monday", "yesterday"): capitalised, still no name. */
export function isTimeWord(folded: string): boolean {
  return TIME_WORDS.has(folded);
}

/** What is known of a sentence beyond its words. */
export interface SentenceContext {
  /** Who speaks it, when it is a quote. */
  speaker?: string;
  /** The words (folded) of the names the story gives its speakers. */
  people: ReadonlySet<string>;
  /** Whether the sentence names a place (found with what it counts, see `sentenceFit`). */
  placed: boolean;
  /** The story's year, when known: a year before it is past. */
  year?: number;
}

/** What the sentence holds, from its text and content tokens. */
export function sentenceFeatures(
  text: string,
  tokens: readonly Token[],
  { speaker, people, placed, year }: SentenceContext,
): SentenceFeatures {
  // A year as written: _1,850 wraps_ is a count.
  const years = tokens.filter(isYearToken).map((t) => Number(t.folded));
  // "May" is a stop word (the verb) among the content tokens: the month is read from the text.
  const timeWord =
    tokens.some((t) => TIME_WORDS.has(t.folded)) || MAY_MONTH.test(text) || QUARTER_OF_YEAR.test(text);
  // A year not before the story's own (any year, when the story's is unknown).
  const yearToCome = years.some((y) => year === undefined || y >= year);
  const past = year !== undefined && years.length > 0 && !yearToCome;
  const times = timesOfDay(text);
  const inTime = (t: Token) => times.some(([start, end]) => t.start >= start && t.start < end);
  return {
    // A year on its own is a date, not an amount: "renewed in 2011" does not say how much shares fell; nor is a time of
    // day ("reopened at 4 p.m.").
    number:
      tokens.some((t) => t.isNumber && !isYearToken(t) && !inTime(t) && !isDayOfMonth(t, text)) ||
      NUMBER_WRITTEN.test(text) ||
      ORDINAL_COUNT.test(text),
    date: years.length > 0 || timeWord || SEASON.test(text),
    past,
    longPast: past && years.every((y) => y < (year ?? 0) - 1),
    background: past && BACKGROUND.test(text),
    upcoming: yearToCome || timeWord || SEASON_TO_COME.test(text),
    money: givesMoney(text),
    measure: MEASURE.test(text) || TRAVEL_TIME.test(text),
    share: SHARE.test(text),
    duration: DURATION.test(text),
    age: AGE_SET_OFF.test(text) || agedOtherwise(text) || personAged(text) || AGED_ONE_OPENING.test(text),
    time: TIME_OF_DAY.test(text),
    score: SCORE.test(text),
    speech: speaker !== undefined || SPEECH_CUE.test(text),
    name: tokens.some((t) => t.capitalised && t.start > 0),
    person:
      speaker !== undefined ||
      NAME_AND_AGE.test(text) ||
      tokens.some(
        (t, i) =>
          t.capitalised &&
          (people.has(t.folded) ||
            (isKnownFirstName(t.folded) && tokens[i + 1]?.capitalised === true) ||
            titledName(tokens, i)),
      ),
    quote: speaker !== undefined,
    place: placed,
  };
}

/**
 * Whether the token is a title before a name of two capitalised words ("Transport Minister Eirik Valla", whatever
 * the first name): not before a body's name ("Transport Workers' Union (ATWU)").
 */
function titledName(tokens: readonly Token[], i: number): boolean {
  const [first, second] = [tokens[i + 1], tokens[i + 2]];
  return (
    isPersonNoun(tokens[i]?.folded ?? '') &&
    first?.capitalised === true &&
    second?.capitalised === true &&
    !isGroupNoun(first.folded) &&
    !isPersonNoun(first.folded)
  );
}

// A span with a word between its number and its unit, or of one unit, or a time taken: "41 consecutive days", "10
// working days", "for a week", "four seasons", "half a century", "ran the second half in 59:57".
const SPAN_QUALIFIED = new RegExp(
  `\\b(?:\\d[\\d,.]*|${SMALL_NUMBERS})\\s+[a-z]+\\s+(?:seconds|minutes|hours|days|weeks|months|years)\\b|\\b(?:for|within|about|around|over)\\s+(?:a|an|one)\\s+(?:[a-z]+\\s+)?(?:second|minute|hour|day|week|month|year|decade|season)\\b|\\b(?:\\d+|${SMALL_NUMBERS})\\s+seasons\\b|\\b(?:half\\s+a|a|an|one)\\s+(?:century|decade|lifetime)\\b|\\bin\\s+\\d{1,2}:\\d{2}(?::\\d{2})?(?!\\s*(?:a\\.m|p\\.m|am\\b|pm\\b))`,
  'i',
);
// What bounds a span: "until Nov. 30", "since 2019", "from March to May", "through the summer", "ago".
const SPAN_BOUND =
  /\b(?:until|till|since|through|throughout|ago|from\b.{1,40}\b(?:to|until)|between\b.{1,40}\band)\b/i;

/**
 * Whether a sentence can say how long: a length or a duration, or a span bounded by a time ("until at least Nov. 30",
 * "since 2019"); not a date or a number alone ("in 2012", "184-metre bridge" is a length, though).
 */
export function givesLength(holds: SentenceFeatures, text: string): boolean {
  return (
    holds.duration ||
    holds.measure ||
    SPAN_QUALIFIED.test(text) ||
    ((holds.date || holds.time || holds.number) && SPAN_BOUND.test(text))
  );
}

// Words that place what is to come in time without a date: "before the international break", "within weeks".
const TIME_TO_COME = /\b(?:before|after|until|within|soon|shortly|once)\b/gi;

/**
 * Whether a sentence can say when something is to happen: a date that may be to come, a time, a span of time, or a
 * word that places it in time ("before the international break"). "When will the court decide" is not answered by one
 * that says what the court will decide on, nor "when will the ministry finish its investigation" by the fine it could
 * impose, nor "when will the work start" by the years the plan was made ("approved in 2019").
 */
export function placesInTime(holds: SentenceFeatures, text: string): boolean {
  return holds.upcoming || holds.time || holds.duration || saysTimeToCome(text);
}

// What ends the noun phrase after "before": punctuation, a preposition, a conjunction or a verb.
const PHRASE_END =
  /[,;.:]|\s(?:in|of|on|at|for|to|with|by|and|or|that|which|who|was|were|is|are|had|has|would|could)\s/i;

/** A word that places something in time, but not "before" a body or a person ("before a labour court in Linz"). */
function saysTimeToCome(text: string): boolean {
  for (const m of text.matchAll(TIME_TO_COME)) {
    if (m[0].toLowerCase() !== 'before' || !endsInBodyOrPerson(text.slice(m.index + m[0].length)))
      return true;
  }
  return false;
}

/** Whether the noun phrase the words open ends in a noun for a body or a person ("a labour court", "the judge"). */
function endsInBodyOrPerson(words: string): boolean {
  const head = (words.split(PHRASE_END)[0]?.trim().split(/\s+/).at(-1) ?? '').toLowerCase();
  return /^\p{L}+$/u.test(head) && (isGroupNoun(head) || isPersonNoun(head));
}

// Words that give a cause or a purpose in general English: "because of", "caused by", "blamed", "forced", "saying …",
// "arguing that …", "citing …", "after a turbopump failed", "to respond to", "detained on suspicion of", "grounded
// when gusts became too strong to fly".
// "After" or "following" a span of time says when, not why ("after nine hours", "after more than a week").
const AFTER_A_SPAN = `(?!\\s+(?:(?:more than|less than|about|almost|nearly|just|only|some|over)\\s+)?(?:\\d[\\d,.]*|a|an|a few|several|${SMALL_NUMBERS})\\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\\b)`;
const CAUSE_WORDS = new RegExp(
  `\\b(?:because|due to|owing to|thanks to|caus(?:e|es|ed|ing)|blam(?:e|es|ed|ing)|reasons?|result(?:s|ed)?|led to|leading to|forc(?:e|es|ed|ing)|trigger(?:s|ed|ing)?|spark(?:s|ed|ing)?|prompt(?:s|ed|ing)?|so that|in order to|saying|arguing|citing|on the grounds|(?:after|following)${AFTER_A_SPAN}|amid|in response to|to respond to|on suspicion of|suspected of|accused of|charged with|too [a-z]+ (?:to|for)|in a bid to|aimed at|so as to|as part of|to coincide with|over (?:concerns?|fears?|worries)|(?:concerns?|fears?|worries) (?:about|over|that)|(?:needed|meant|intended|designed) to)\\b`,
  'i',
);

/**
 * Whether a sentence can say why something happened: it has a word of causing, or of a purpose or a fear ("to
 * coincide with", "over fears"; +3 −0 of 695 why questions, where any ", to …" or "when" was +15 −8). "What caused
 * the radio fault" is not answered by the sentence that only reports the fault, nor "why did the talks break down" by
 * "broke down on Oct. 9 after nine hours": "after" a span of time says when, not why.
 */
export function givesCause(text: string): boolean {
  return CAUSE_WORDS.test(text);
}

/**
 * Whether a sentence can say how often something happens: "how often does the band rehearse" is answered by _The band
 * rehearses twice a week_, not by _Marr said the band could store its equipment in the building until August_.
 */
export function givesFrequency(text: string): boolean {
  return FREQUENCY.test(text);
}

// All of a text's words of causing (`matchAll` works on a copy of it, so one serves every call).
const EVERY_CAUSE_WORD = new RegExp(CAUSE_WORDS.source, 'gi');
// The words of causing that are verbs: the cause may stand before them ("a faulty cable caused the fire") or after
// ("the fire was caused by a faulty cable").
const CAUSING_VERB = /^(?:caus|blam|result|led|leading|forc|trigger|spark|prompt)/i;

/**
 * The sentence's words of causing (see `givesCause`): where each is, and whether it is a verb, which may stand either
 * side of the cause, or a connective ("because", "after", "due to"), which follows what it explains.
 */
export function causesIn(text: string): { at: number; verb: boolean }[] {
  return [...text.matchAll(EVERY_CAUSE_WORD)].map((m) => ({
    at: m.index,
    verb: CAUSING_VERB.test(m[0]),
  }));
}

/** Whether a sentence holds the kind of answer asked for ("how many" -> a number, "who" -> a person …). */
export function holdsAnswerType(holds: SentenceFeatures, answerType: AnswerType): boolean {
  switch (answerType) {
    case null:
      return true;
    case 'money':
      return holds.money;
    case 'measure':
      return holds.measure;
    case 'level':
      return holds.measure || holds.money || holds.share;
    case 'length':
      return holds.measure || holds.duration;
    case 'time':
      return holds.time;
    case 'score':
      return holds.score;
    case 'number':
      return holds.number;
    case 'age':
      return holds.age;
    case 'cause':
    case 'frequency':
      return true;
    // "When did forecasters issue the watch": "at 2:15 p.m." answers, as a day does.
    case 'date':
      return holds.date || holds.time;
    case 'future':
      return holds.upcoming;
    case 'speech':
      return holds.speech;
    case 'person':
      return holds.quote || holds.name;
    case 'place':
      return holds.place;
  }
}

// "May" and "March" are a month only when written as a name ("in May", not "it may"), or typed in lower case where
// only a month goes ("how many complaints came in march", "on march 5").
const AMBIGUOUS_MONTHS = new Set(['may', 'march']);
const BEFORE_MONTH = /\b(?:in|since|until|till|by|from|early|late|mid|last|next|this|during|through)[\s-]+$/i;
const AFTER_MONTH = /^\s+\d{1,2}\b/;

const CALENDAR_WORD = new RegExp(`\\b(?:${[...WEEKDAYS, ...MONTHS].join('|')})\\b`, 'i');

// The seasons: "spring" only after a word that makes it one ("last spring", not "water from the spring"); never "fall".
const NAMED_SEASON =
  /\b(?:summer|autumn|winter|(?<=\b(?:this|last|next|in|early|late|mid|every|each|during|over|until|by|since)\s+)spring)\b/gi;

/** The seasons a text names, folded. */
export function seasonsIn(text: string): string[] {
  return [...text.matchAll(NAMED_SEASON)].map((m) => m[0].toLowerCase());
}

/** The weekdays and months a text names, folded. */
export function calendarWords(text: string): string[] {
  // Most sentences name none: not worth tokenizing for.
  if (!CALENDAR_WORD.test(text)) return [];
  return tokenize(text)
    .filter(
      (t) =>
        WEEKDAYS.includes(t.folded) ||
        (MONTHS.includes(t.folded) &&
          (t.capitalised ||
            !AMBIGUOUS_MONTHS.has(t.folded) ||
            BEFORE_MONTH.test(text.slice(0, t.start)) ||
            AFTER_MONTH.test(text.slice(t.start + t.surface.length)))),
    )
    .map((t) => t.folded);
}
