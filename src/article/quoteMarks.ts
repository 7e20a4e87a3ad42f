/** A quoted passage in a paragraph: `open`/`close` are the indices of its marks (`close` = text.length when unclosed). */
export interface QuoteSpan {
  open: number;
  close: number;
  /** False when the paragraph ends before the closing mark (news style for a quote that runs on). */
  closed: boolean;
}

const OPENERS = new Set(['“', '«', '„']);
const CLOSERS = new Set(['”', '»']);

/**
 * Finds quoted passages marked with curly quotes, guillemets or straight double quotes. A straight quote
 * opens when it follows a space or bracket and closes otherwise; a curly mark used the wrong way round
 * (scrapers do that) is read by the same context rule.
 */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    const isMark = OPENERS.has(ch) || CLOSERS.has(ch) || ch === '"';
    if (!isMark) continue;
    const before = i === 0 ? ' ' : (text[i - 1] ?? ' ');
    const after = text[i + 1] ?? ' ';
    const looksOpening = /[\s([{—–-]/.test(before) && /\S/.test(after);
    const looksClosing = /\S/.test(before) && /[\s.,;:!?)\]—–-]/.test(after);
    if (open < 0) {
      if (OPENERS.has(ch) || looksOpening) open = i;
      // A lone closing mark with no opener is a scraping slip: ignore it.
    } else if (CLOSERS.has(ch) || ch === '"' || (ch === '“' && looksClosing && !looksOpening)) {
      spans.push({ open, close: i, closed: true });
      open = -1;
    } else {
      // A second opener while one is open: the first was never closed; restart from here.
      open = i;
    }
  }
  if (open >= 0) spans.push({ open, close: text.length, closed: false });
  return spans;
}

/**
 * For positions asked in increasing order: the span with `open < pos <= close`, if any. A moving cursor keeps
 * a whole paragraph linear however many quotes it has.
 */
export function spanCursor(spans: readonly QuoteSpan[]): (pos: number) => QuoteSpan | undefined {
  let i = 0;
  return (pos) => {
    while (i < spans.length && (spans[i]?.close ?? 0) < pos) i++;
    const s = spans[i];
    return s && s.open < pos && pos <= s.close ? s : undefined;
  };
}

/** The words between the marks, without the comma that joins a quote to its attribution ("…country," he said). */
export function quoteText(text: string, span: QuoteSpan): string {
  return text
    .slice(span.open + 1, span.close)
    .trim()
    .replace(/\s*[,;:]$/, '');
}
