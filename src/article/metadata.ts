import { splitNames, toIsoDate } from './frontMatter.js';

/** "by John Irish and Andrew Gray" / "By JANE DOE, Associated Press" -> the names; undefined when not a byline. */
export function parseByline(line: string, outlet = ''): string[] | undefined {
  const m = /^by[\s:]+(.+)$/i.exec(line.trim());
  if (!m || line.split(/\s+/).length > 16 || /[.!?]$/.test(line.trim().replace(/\b\p{Lu}\.$/u, '')))
    return undefined;
  const names = splitNames((m[1] ?? '').replace(/\s*[|/–—-]\s+/g, ', '))
    .map(dropTrailingOutlet)
    .filter((part) => !isOutletLike(part, outlet))
    .map(titleCaseIfShouting);
  return names.length > 0 && names.every((n) => /^\p{Lu}/u.test(n)) ? names : undefined;
}

// Words that mark a byline part as the organisation or the reporter's job rather than a person.
const OUTLET_WORDS =
  /\b(?:press|news|agency|staff|writer|reporter|correspondent|editor|bureau|times|post|journal|wire|service|desk|reuters|afp|ap|upi|dpa)\b/i;

function isOutletLike(part: string, outlet: string): boolean {
  return OUTLET_WORDS.test(part) || (outlet !== '' && part.toLowerCase() === outlet.toLowerCase());
}

/** "RICHARD ROE Associated Press" -> "RICHARD ROE": agencies put the outlet after a name in capitals. */
function dropTrailingOutlet(part: string): string {
  const m = /^((?:\p{Lu}[\p{Lu}.'’-]*\s+)*\p{Lu}[\p{Lu}.'’-]+)\s+\p{Lu}\p{Ll}/u.exec(part);
  return m && OUTLET_WORDS.test(part.slice(m[1]?.length ?? 0)) ? (m[1] ?? part) : part;
}

/** "JANE DOE" -> "Jane Doe"; mixed-case names are left as written. */
function titleCaseIfShouting(name: string): string {
  if (/\p{Ll}/u.test(name)) return name;
  return name
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

export interface Dateline {
  /** Place, e.g. "BRUSSELS" or "KYIV, Ukraine". */
  place: string;
  /** Agency in the parentheses, e.g. "Reuters"; empty when the dateline has none. */
  outlet: string;
  /** The paragraph text after the dateline. */
  rest: string;
}

// PLACE[, Region][, Month Day] [(Outlet)] dash — the place in capitals, as agencies write it.
const DATELINE =
  /^([\p{Lu}][\p{Lu}.'’ -]*[\p{Lu}.])((?:,\s*[\p{Lu}][\p{L}.'’ -]*?)?)(?:,\s*\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2})?\s*(?:\(([^()]{1,40})\))?\s*[-–—]{1,2}\s+(?=\S)/u;

/** Splits "BRUSSELS (Reuters) – NATO countries…" into place, outlet and the sentence that follows. */
export function parseDateline(paragraph: string): Dateline | undefined {
  const m = DATELINE.exec(paragraph);
  if (!m) return undefined;
  const caps = (m[1] ?? '').trim();
  const outlet = (m[3] ?? '').trim();
  // Without the "(Outlet)" part, insist on a real capitalised place so "NATO - the alliance…" prose is not eaten.
  if (!outlet && (caps.replace(/[^\p{Lu}]/gu, '').length < 3 || !/[-–—]\s/.test(m[0]))) return undefined;
  return { place: `${caps}${m[2] ?? ''}`.trim(), outlet, rest: paragraph.slice(m[0].length) };
}

/** A short all-capitals line ("AN AUSTERE BIRTHDAY") or a Markdown `## Heading`: returns the heading text. */
export function parseHeading(line: string): string | undefined {
  const md = /^#{1,6}\s+(.+?)\s*#*$/.exec(line);
  if (md) return md[1];
  const letters = line.replace(/[^\p{L}]/gu, '');
  if (letters.length < 3 || /\p{Ll}/u.test(letters)) return undefined;
  if (line.split(/\s+/).length > 12 || /[.,;]$/.test(line)) return undefined;
  return line.trim();
}

/**
 * A short line that is only a publication date ("April 4, 2024 10:32 AM UTC", "Updated: 2024-04-04"), perhaps
 * with when it was updated ("… GMT+1 Updated 3 hours ago").
 */
export function parseDateLine(line: string): string | undefined {
  if (line.split(/\s+/).length > 12) return undefined;
  // Copied from a page, the parts run together: "March 12, 20245:41 PM GMT+1Updated 3 hours ago".
  const unglued = line
    .replace(/\b((?:19|20)\d\d)(\d{1,2}:\d\d)/g, '$1 $2')
    .replace(/(\S)(?=(?:updated|published|posted)\b)/gi, '$1 ');
  const stripped = unglued.replace(/^(?:published|updated|posted|last\s+updated)\s*(?:on)?\s*:?\s*/i, '');
  const iso = toIsoDate(stripped);
  if (!iso) return undefined;
  // Nothing but date/time words may remain, or it is a sentence that happens to hold a date.
  const rest = stripped
    .replace(/\b(?:\d{1,4}|[A-Za-z]{3,9}\.?|am|pm|utc|gmt|[ecmp][sd]?t)\b/gi, (w) => (isDateWord(w) ? '' : w))
    .replace(/[\s,.:/|+-]+/g, '');
  return rest === '' ? iso : undefined;
}

function isDateWord(w: string): boolean {
  return (
    /^\d+$/.test(w) ||
    /^(?:am|pm|utc|gmt|[ecmp][sd]?t)$/i.test(w) ||
    /^(?:updated|published|posted|ago|minutes?|mins?|hours?|read)$/i.test(w) ||
    /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)/i.test(
      w,
    )
  );
}

/** Strips Markdown heading marks from a headline ("# NATO wants…" -> "NATO wants…"). */
export function cleanHeadline(line: string): string {
  return line.replace(/^#{1,6}\s+/, '').trim();
}
