import { ArticleError } from './errors.js';

/** Scraped text over this many characters is refused before any parsing (guards every later regex). */
export const MAX_ARTICLE_CHARS = 5 * 1024 * 1024;

/** BOM, CRLF/CR, no-break and zero-width spaces, tabs and control characters -> plain `\n`-separated text. */
export function normalizeText(raw: string): string {
  return raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00A0\u2007\u202F\t]/g, ' ')
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/[^\P{Cc}\n]/gu, ''); // other control characters (\p{Cc}: C0 and C1)
}

/** Throws when the text is empty, binary (NUL bytes) or mostly undecodable/control characters. */
export function assertReadable(raw: string, source: string): void {
  if (raw.length > MAX_ARTICLE_CHARS) {
    throw new ArticleError(source, `text too large (${raw.length} characters, limit ${MAX_ARTICLE_CHARS})`);
  }
  if (raw.includes('\u0000')) throw new ArticleError(source, 'binary content (NUL bytes), not text');
  if (raw.trim() === '') throw new ArticleError(source, 'empty file');
  // Undecodable bytes become U+FFFD; a text with many of them (or of control characters) is not prose.
  const sample = raw.slice(0, 200_000);
  const bad = sample.match(/\uFFFD|[^\P{Cc}\n\r\t]/gu)?.length ?? 0;
  if (bad / sample.length > 0.05)
    throw new ArticleError(source, 'unreadable content (mostly non-text bytes)');
}

const TERMINAL = /[.!?…:;"”’)\]]$/;

/** Words of a line (for length checks). */
export function wordCount(line: string): number {
  return line.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/**
 * Collapses runs of spaces and stray punctuation left by scraping ("reported. ." -> "reported."), and drops the
 * "opens new tab" a copied link leaves behind.
 */
export function tidy(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/,? ?opens new tab\b/gi, '') // a link's screen-reader label, copied with the link text
    .replace(/([.!?])(?:\s+[.])+(?=\s|$)/g, '$1')
    .replace(/\s+([,;:])(?=\s)/g, '$1')
    .trim();
}

// Navigation and promotion lines of news sites, recognised by how they start (and that they are short).
const NAVIGATION = [
  /^(?:read|see|watch|listen)\s*(?:also|more|next|now|the\s+full|this)\b/i,
  /^(?:read|see|watch|listen)\s*(?:also|more)/i, // glued by scraping: "Read alsoCounting"
  /^also\s+(?:read|see|watch|on)\b/i,
  /^(?:related|recommended|trending|popular)(?:\s+(?:articles?|stories|content|coverage|news|videos?|reading))?\s*(?:[:|]|$)/i,
  /^most\s+(?:read|popular|viewed|shared)\b/i,
  /^(?:more|latest|top)\s+(?:news|stories|headlines|from)\b/i,
  /^(?:sign\s+up|subscribe|register|log\s*in)\b/i,
  /^(?:follow|like)\s+(?:us|@|on\b|our\b)/i,
  /^share\s+(?:this|on|via|the\s+(?:article|story)|article|story)\b|^share\W*$/i,
  /^(?:click|tap)\s+here\b/i,
  /^source\s*(?:link|:)/i,
  /^(?:continue|keep)\s+reading\b/i,
  /^(?:story|article)\s+continues\b/i,
  /^(?:advertisement|advertising|sponsored(?:\s+content)?|ad)\W*(?:scroll\s+to\s+continue\W*)?$/i,
  /^(?:suggested|related)\s+topics\b/i,
  /\bsign\s+up\s+here\W*$/i, // a newsletter promotion: "Get … with the Daily Briefing newsletter. Sign up here.
  /^(?:video|graphic)s?\s*(?:credit)?\s*:/i,
  /^(?:download|get)\s+(?:the|our)\s+app\b/i,
  /^(?:skip\s+to|back\s+to\s+top|jump\s+to)\b/i,
  /^(?:previous|next)\s+(?:article|story|page)\b/i,
  /^(?:loading|comments?|print|email|e-mail)\b\W*$/i,
  /^(?:updated|published|posted|last\s+updated)\b[^.!?]{0,60}(?:\d|\bago\b)[^.!?]*$/i, // "Updated 2 hours ago"
  /^(?:our\s+standards|terms\s+of\s+(?:use|service)|privacy\s+policy|cookie\s+(?:policy|settings))\b/i,
];
// Photo captions ("FILE PHOTO: …", "Photo: …") are longer than navigation but never article prose.
// So are a gallery's ("[1/3] Strikers gather …", "Item 1 of 3 Strikers …") and a picture agency's licensing link.
const CAPTION =
  /^(?:(?:file\s+)?(?:photo|picture|image)s?(?:\s+credit)?\s*:|\[\d+\s*\/\s*\d+\]|item\s+\d+\s+of\s+\d+\b)|\bpurchase\s+licensing\s+rights\b/i;
const SOCIAL =
  /^(?:(?:facebook|twitter|x|linkedin|whatsapp|telegram|reddit|email|e-mail|print|share|tweet|copy\s+link|save|comments?)[\s|·•,/-]*)+$/i;

/** A navigation or promotion line of a scraped page ("Read also…", "Source link", share buttons, a bare URL). */
export function isNavigation(line: string): boolean {
  if (!/\p{L}/u.test(line)) return true; // only punctuation, digits or symbols ("-875", "***")
  const words = wordCount(line);
  if (/^(?:https?:\/\/|www\.)\S+$/i.test(line)) return true;
  if (line.length <= 120 && SOCIAL.test(line)) return true;
  if (words <= 80 && CAPTION.test(line)) return true;
  return words <= 20 && NAVIGATION.some((re) => re.test(line));
}

/**
 * Navigation, or a one-to-three-word body line without punctuation that is not an all-caps heading
 * (a link or widget label left by scraping; prose paragraphs are longer or end with punctuation).
 */
export function isBoilerplate(line: string): boolean {
  if (isNavigation(line)) return true;
  return wordCount(line) <= 3 && !TERMINAL.test(line) && /\p{Ll}/u.test(line);
}

/** The reporting credits line: "(Reporting by …; Editing by …)", "Additional reporting by …", "X contributed to this report." */
export function isCredits(line: string): boolean {
  if (wordCount(line) > 80) return false;
  const inner = line.replace(/^\(\s*/, '');
  if (
    /^(?:additional\s+)?(?:reporting|writing|editing|edited|compiled|research|translat\w*|graphics?)\b/i.test(
      inner,
    )
  ) {
    return line.startsWith('(') || /\bby\b/i.test(line);
  }
  if (/^\(.*\b(?:reporting|editing|writing)\b.*\)$/i.test(line)) return true;
  return (
    /\bcontributed\s+(?:reporting\s+)?to\s+this\s+(?:report|story|article)\b/i.test(line) &&
    wordCount(line) <= 40
  );
}

/** The copyright notice ("©2024 Thomson Reuters…", "Copyright 2024 The Associated Press. All rights reserved."). */
export function isCopyright(line: string): boolean {
  return /^(?:©|\(c\)\s*\d{4}|copyright\b)/i.test(line) || /\ball rights reserved\b/i.test(line);
}

/** True when a line ends like a finished sentence (used to tell hard-wrapped lines from separate paragraphs). */
export function endsSentence(line: string): boolean {
  return TERMINAL.test(line.trim());
}
