/**
 * Score accumulators for one search at a time, kept between searches (typed arrays indexed by document id, reset
 * by generation stamps rather than cleared). Query words are added one after another, each word's part per
 * document summed first, then added to the total, as MiniSearch sums them; a document's final score is its total
 * times the number of distinct query words it matched, and ties keep the order documents were first matched in.
 */
export class ScoreBoard {
  private total = new Float64Array(0);
  private part = new Float64Array(0);
  private words = new Uint32Array(0);
  private seen = new Uint32Array(0);
  private inWord = new Uint32Array(0);
  private generation = 0;
  private wordGeneration = 0;
  /** Documents in the order they were first matched. */
  private touched: number[] = [];
  private wordTouched: number[] = [];
  /** Distinct query words beyond the 32 a mask holds (long pasted text), per document. */
  private readonly extraWords = new Map<number, Set<number>>();

  /** Starts a search over document ids below `size`. */
  begin(size: number): void {
    if (this.total.length < size) {
      const capacity = Math.max(size, this.total.length * 2, 1024);
      this.total = new Float64Array(capacity);
      this.part = new Float64Array(capacity);
      this.words = new Uint32Array(capacity);
      this.seen = new Uint32Array(capacity);
      this.inWord = new Uint32Array(capacity);
      this.generation = 0;
      this.wordGeneration = 0;
    }
    if (this.generation === 0xffffffff) {
      this.seen.fill(0);
      this.generation = 0;
    }
    this.generation++;
    this.touched = [];
    this.extraWords.clear();
  }

  /** Starts the next query word. */
  beginTerm(): void {
    if (this.wordGeneration === 0xffffffff) {
      this.inWord.fill(0);
      this.wordGeneration = 0;
    }
    this.wordGeneration++;
    this.wordTouched = [];
  }

  add(doc: number, score: number): void {
    if (this.inWord[doc] === this.wordGeneration) {
      this.part[doc] = (this.part[doc] as number) + score;
    } else {
      this.inWord[doc] = this.wordGeneration;
      this.part[doc] = score;
      this.wordTouched.push(doc);
    }
  }

  /** Adds the query word's scores to the totals; `word` numbers the distinct query words (equal words, same number). */
  endTerm(word: number): void {
    for (const doc of this.wordTouched) {
      if (this.seen[doc] === this.generation) {
        this.total[doc] = (this.total[doc] as number) + (this.part[doc] as number);
      } else {
        this.seen[doc] = this.generation;
        this.total[doc] = this.part[doc] as number;
        this.words[doc] = 0;
        this.touched.push(doc);
      }
      if (word < 32) this.words[doc] = (this.words[doc] as number) | (1 << word);
      else {
        const set = this.extraWords.get(doc) ?? new Set<number>();
        set.add(word);
        this.extraWords.set(doc, set);
      }
    }
  }

  /** A document's final score. */
  scoreOf(doc: number): number {
    const matched = popCount(this.words[doc] as number) + (this.extraWords.get(doc)?.size ?? 0);
    return (this.total[doc] as number) * (matched || 1);
  }

  /** Every allowed document with its final score, best first. */
  ranked(allowed: (doc: number) => boolean): [number, number][] {
    const out: [number, number][] = [];
    for (const doc of this.touched) if (allowed(doc)) out.push([doc, this.scoreOf(doc)]);
    // Array.prototype.sort is stable: equal scores keep first-match order.
    return out.sort((a, b) => b[1] - a[1]);
  }

  /** The best `count` allowed documents, best first (the same order as `ranked`, cut short without sorting all). */
  best(count: number, allowed: (doc: number) => boolean): number[] {
    const docs: number[] = [];
    const scores: number[] = [];
    // A min-heap of positions in `docs` (worst at the root); on equal scores the later-matched one is worse.
    const heap: number[] = [];
    const worse = (a: number, b: number) =>
      (scores[a] as number) < (scores[b] as number) ||
      ((scores[a] as number) === (scores[b] as number) && a > b);
    const swap = (i: number, j: number) => {
      [heap[i], heap[j]] = [heap[j] as number, heap[i] as number];
    };
    for (const doc of this.touched) {
      if (!allowed(doc)) continue;
      const k = docs.length;
      docs.push(doc);
      scores.push(this.scoreOf(doc));
      if (heap.length < count) {
        heap.push(k);
        for (let i = heap.length - 1; i > 0 && worse(heap[i] as number, heap[(i - 1) >> 1] as number); ) {
          swap(i, (i - 1) >> 1);
          i = (i - 1) >> 1;
        }
      } else if (count > 0 && worse(heap[0] as number, k)) {
        heap[0] = k;
        for (let i = 0; ; ) {
          const l = 2 * i + 1;
          let m = i;
          if (l < heap.length && worse(heap[l] as number, heap[m] as number)) m = l;
          if (l + 1 < heap.length && worse(heap[l + 1] as number, heap[m] as number)) m = l + 1;
          if (m === i) break;
          swap(i, m);
          i = m;
        }
      }
    }
    return heap
      .sort((a, b) => (scores[b] as number) - (scores[a] as number) || a - b)
      .map((k) => docs[k] as number);
  }
}

function popCount(n: number): number {
  let v = n - ((n >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
