const ELLIPSIS = '…';
/** Markdown markers this project emits or may meet; longest first so `**` is read before `*`. */
const MARKERS = ['**', '__', '~~', '||', '*', '_', '`'] as const;

/** Cuts `text` to at most `max` UTF-16 units without splitting a surrogate pair; adds "…" when cut. */
export function truncatePlain(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  return safeSlice(text, max - ELLIPSIS.length) + ELLIPSIS;
}

/**
 * Cuts Markdown to at most `max` characters so that it still renders: never inside an escape (`\*`), never in a
 * surrogate pair, preferably at a word boundary, and every marker left open is closed again after the cut.
 */
export function truncateMarkdown(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  // Room for the ellipsis plus closing markers; shrink the cut until everything fits.
  let budget = max - ELLIPSIS.length;
  while (budget > 0) {
    let cut = withoutSplitMarker(text, safeSlice(text, budget));
    const space = cut.search(/\s\S*$/);
    if (space > budget * 0.8) cut = cut.slice(0, space);
    cut = cut.replace(/(^|[^\\])((?:\\\\)*)\\$/, '$1$2').trimEnd();
    const closers = openMarkers(cut).reverse().join('');
    const out = `${cut}${closers}${ELLIPSIS}`;
    if (out.length <= max) return out;
    budget -= out.length - max;
  }
  return safeSlice(ELLIPSIS, max);
}

/** Markers opened and not closed in `text`, in opening order (escapes and code spans respected). */
export function openMarkers(text: string): string[] {
  const stack: string[] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] === '\\') {
      i += 2;
      continue;
    }
    const inCode = stack.at(-1) === '`';
    const marker = inCode ? (text[i] === '`' ? '`' : undefined) : MARKERS.find((m) => text.startsWith(m, i));
    if (marker === undefined) {
      i += 1;
      continue;
    }
    if (stack.at(-1) === marker) stack.pop();
    else if (stack.includes(marker)) stack.splice(stack.lastIndexOf(marker), 1);
    else stack.push(marker);
    i += marker.length;
  }
  return stack;
}

/** `cut` (a prefix of `text`) without a two-character marker's first half: "**r**" cut at 1 is "", not "*". */
function withoutSplitMarker(text: string, cut: string): string {
  let end = cut.length;
  while (end > 0 && MARKERS.some((m) => m.length === 2 && text.startsWith(m, end - 1))) end -= 1;
  return cut.slice(0, end);
}

function safeSlice(text: string, end: number): string {
  if (end <= 0) return '';
  const code = text.charCodeAt(end - 1);
  // A high surrogate at the end would leave half a character.
  return code >= 0xd800 && code <= 0xdbff ? text.slice(0, end - 1) : text.slice(0, end);
}
