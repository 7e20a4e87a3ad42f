import {
  assertReadable,
  endsSentence,
  isBoilerplate,
  isCopyright,
  isCredits,
  isNavigation,
  normalizeText,
  tidy,
  wordCount,
} from './clean.js';
import { ArticleError } from './errors.js';
import { splitFrontMatter } from './frontMatter.js';
import {
  cleanHeadline,
  type Dateline,
  parseByline,
  parseDateLine,
  parseDateline,
  parseHeading,
} from './metadata.js';
import { extractQuotes } from './quotes.js';
import { type SentenceSpan, sentenceSpans } from './sentences.js';
import type { Article, Paragraph } from './types.js';

export { ArticleError } from './errors.js';

export interface ParseOptions {
  /** Name used in error messages (e.g. the file name); defaults to the id. */
  source?: string;
}

interface Draft {
  headline: string;
  byline: string[];
  published: string;
  sections: string[];
  body: { text: string; section: string }[];
  credits: string[];
  copyright: string[];
}

/**
 * Raw scraped article -> Article. Pure: front matter, boilerplate removal, headline/byline/dateline, sections,
 * numbered paragraphs, sentences and quotes. Throws ArticleError (one line, naming the source) when the text is
 * empty, binary or has no body paragraphs.
 */
export function parseArticle(raw: string, id: string, options: ParseOptions = {}): Article {
  const source = options.source ?? id;
  assertReadable(raw, source);
  const { meta, body } = splitFrontMatter(normalizeText(raw), source);
  const draft = readLines(joinWrappedLines(body.split('\n')));
  if (draft.body.length === 0) throw new ArticleError(source, 'no body paragraphs found');

  const dateline = takeDateline(draft.body);
  const outlet = meta.outlet ?? dateline?.outlet ?? '';

  const texts = draft.body.map((b) => ({ ...b, text: tidy(b.text) })).filter((b) => b.text !== '');
  const spans: SentenceSpan[][] = texts.map((b) => sentenceSpans(b.text));
  const { quotes, speakers, roleOf } = extractQuotes(
    texts.map((b, i) => ({ n: i + 1, text: b.text, sentences: spans[i] ?? [] })),
  );
  const paragraphs: Paragraph[] = texts.map((b, i) => ({
    n: i + 1,
    text: b.text,
    section: b.section,
    sentences: (spans[i] ?? []).map((s, index) => {
      const speaker = speakers[i]?.[index];
      const text = b.text.slice(s.start, s.end);
      if (!speaker) return { index, text };
      const speakerRole = roleOf(speaker);
      return speakerRole ? { index, text, speaker, speakerRole } : { index, text, speaker };
    }),
  }));

  return {
    id,
    headline: meta.headline ?? draft.headline,
    byline: meta.byline ?? draft.byline,
    outlet,
    dateline: meta.dateline ?? dateline?.place ?? '',
    published: meta.published ?? draft.published,
    language: meta.language ?? 'en',
    sections: draft.sections,
    paragraphs,
    quotes,
    credits: draft.credits.join(' '),
    copyright: draft.copyright.join(' '),
  };
}

// How far into the body the dateline may stand, behind a page's summary bullets or leftover labels.
const DATELINE_SEARCH = 5;

/**
 * Finds the dateline ("ROTTERDAM, March 12 (Reuters) -") among the first body lines and cuts it from its paragraph.
 * Agency copy starts there: lines before it that are not sentences (a page's summary bullets, labels) are dropped.
 */
function takeDateline(body: Draft['body']): Dateline | undefined {
  for (const [at, paragraph] of body.slice(0, DATELINE_SEARCH).entries()) {
    const dateline = parseDateline(paragraph.text);
    if (!dateline) continue;
    paragraph.text = dateline.rest;
    const before = body.splice(0, at);
    body.unshift(...before.filter((b) => endsSentence(b.text)));
    return dateline;
  }
  return undefined;
}

/**
 * Lines -> paragraph lines. Scraped pages put one paragraph per line; hand-kept files may be hard-wrapped
 * (no line over ~120 characters and blocks of several long lines): then the lines of a block are joined,
 * except headings, bylines, boilerplate and the headline, which keep their own line.
 */
function joinWrappedLines(lines: string[]): string[] {
  const trimmed = lines.map((l) => l.trim());
  const wrapped =
    !trimmed.some((l) => l.length > 120) &&
    trimmed.some((l, i) => l.length >= 40 && (trimmed[i + 1]?.length ?? 0) >= 20 && i > firstLine(trimmed));
  const out: string[] = [];
  let previousBlank = true;
  for (const line of trimmed) {
    if (line === '') {
      previousBlank = true;
      continue;
    }
    const prev = out[out.length - 1];
    const join =
      wrapped &&
      !previousBlank &&
      prev !== undefined &&
      out.length > 1 &&
      !isSpecial(prev) &&
      !isSpecial(line);
    if (join) out[out.length - 1] = `${prev} ${line}`;
    else out.push(line);
    previousBlank = false;
  }
  return out;
}

function firstLine(lines: readonly string[]): number {
  return lines.findIndex((l) => l !== '');
}

function isSpecial(line: string): boolean {
  return (
    isNavigation(line) ||
    isCredits(line) ||
    isCopyright(line) ||
    parseHeading(line) !== undefined ||
    parseByline(line) !== undefined ||
    parseDateLine(line) !== undefined
  );
}

// How far down a copied page the byline may stand, behind its navigation and section labels.
const BYLINE_SEARCH = 12;

/**
 * Where the headline is (-1: none). With a byline near the top, the line above it (past a date or a link): what a
 * copied page puts higher ("Skip to main content", "Business") is not the story. Else the first line that is not
 * navigation.
 */
function headlineIndex(lines: readonly string[]): number {
  const byline = lines.slice(0, BYLINE_SEARCH).findIndex((l) => parseByline(l) !== undefined);
  if (byline < 0) return lines.findIndex((l) => !isNavigation(l));
  for (let i = byline - 1; i >= 0; i--) {
    const line = lines[i] ?? '';
    if (!isNavigation(line) && parseDateLine(line) === undefined) return i;
  }
  return -1;
}

/** Classifies each line: headline, byline, date, heading, boilerplate, credits, copyright or body paragraph. */
function readLines(lines: string[]): Draft {
  const d: Draft = {
    headline: '',
    byline: [],
    published: '',
    sections: [''],
    body: [],
    credits: [],
    copyright: [],
  };
  let section = '';
  const top = headlineIndex(lines);
  for (const [i, line] of lines.entries()) {
    if (i < top) continue;
    const inHeader = d.body.length === 0;
    // A story pasted without its headline starts with the dateline paragraph: that is body text.
    if (i === top && !parseDateline(line) && !(endsSentence(line) && wordCount(line) > 30)) {
      d.headline = cleanHeadline(line);
      continue;
    }
    const byline = inHeader && d.byline.length === 0 ? parseByline(line) : undefined;
    if (byline) {
      d.byline = byline;
      continue;
    }
    const date = inHeader ? parseDateLine(line) : undefined;
    if (date) {
      d.published ||= date;
      continue;
    }
    if (isCopyright(line)) d.copyright.push(line);
    else if (isCredits(line)) d.credits.push(line);
    else if (isBoilerplate(line)) continue;
    else {
      const heading = parseHeading(line);
      if (heading !== undefined && wordCount(line) > 0) {
        section = heading;
        if (!d.sections.includes(heading)) d.sections.push(heading);
      } else d.body.push({ text: line, section });
    }
  }
  // The untitled opening section exists only when paragraphs come before the first heading.
  if (!d.body.some((b) => b.section === '')) d.sections.shift();
  return d;
}
