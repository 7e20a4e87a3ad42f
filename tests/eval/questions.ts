import { readFileSync } from 'node:fs';

export const KINDS = ['direct', 'paraphrase', 'typo', 'who-said', 'unanswerable'] as const;
export type Kind = (typeof KINDS)[number];
export const SPLITS = ['dev', 'holdout'] as const;
export type Split = (typeof SPLITS)[number];

/** One evaluation question. `expect` is a verbatim piece of the article the top excerpt must contain; null = not answerable. */
export interface Question {
  q: string;
  kind: Kind;
  expect: string | null;
  split: Split;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Reads and validates a question file; throws with the file name and entry number on the first bad entry. */
export function loadQuestions(file: string): Question[] {
  const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(data)) throw new Error(`${file}: expected a JSON array`);
  return data.map((entry: unknown, i): Question => {
    const where = `${file} [${i}]`;
    if (!isRecord(entry)) throw new Error(`${where}: not an object`);
    const { q, kind, expect, split } = entry;
    if (typeof q !== 'string' || q.trim() === '') throw new Error(`${where}: "q" must be a non-empty string`);
    if (!KINDS.some((k) => k === kind)) throw new Error(`${where}: unknown kind ${String(kind)}`);
    if (!SPLITS.some((s) => s === split)) throw new Error(`${where}: unknown split ${String(split)}`);
    if (expect !== null && typeof expect !== 'string')
      throw new Error(`${where}: "expect" must be string or null`);
    if ((kind === 'unanswerable') !== (expect === null)) {
      throw new Error(`${where}: "expect" must be null exactly for unanswerable questions`);
    }
    return { q, kind: kind as Kind, expect, split: split as Split };
  });
}

/** Lower case, NFKC, straight quotes and hyphens, collapsed whitespace: how `expect` is compared with excerpt text. */
export function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u2033]/g, '"')
    .replace(/[\u2010-\u2013]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when the excerpt text contains the expected words (case- and whitespace-insensitive). */
export function contains(text: string, expect: string): boolean {
  return normalise(text).includes(normalise(expect));
}
