import type { ScoreBoard } from './scoreBoard.js';

/**
 * Postings: one flat array per term, `[documents, id, id, id, -3, id, …]`: the number of documents, then their ids
 * in the order they were added (the order ties are ranked in), each followed by minus its term frequency when the
 * term occurs more than once (rare: 2% of postings). One number per posting, not a pair or a Map entry. A document is
 * added whole before the next, so its entry is always the last.
 */
export function addPosting(list: number[], id: number): void {
  const last = list[list.length - 1];
  if (last === undefined) list.push(1, id);
  else if (last === id && list.length > 1) list.push(-2);
  else if (last < 0 && list[list.length - 2] === id) list[list.length - 1] = last - 1;
  else {
    list.push(id);
    list[0] = (list[0] as number) + 1;
  }
}

/** How many documents a postings list holds. */
export function postingCount(list: readonly number[]): number {
  return list[0] ?? 0;
}

/** The postings without the removed documents, order kept. */
export function withoutDocs(list: readonly number[], removed: ReadonlySet<number>): number[] {
  const kept = [0];
  for (let i = 1; i < list.length; i++) {
    const id = list[i] as number;
    const next = list[i + 1];
    const repeated = next !== undefined && next < 0;
    if (!removed.has(id)) {
      kept.push(id);
      if (repeated) kept.push(next);
      kept[0] = (kept[0] as number) + 1;
    }
    if (repeated) i++;
  }
  return kept;
}

/**
 * Adds a term's BM25 score, times `weight`, to every document in its postings: BM25 with MiniSearch's default
 * parameters and formula, step for step (the search used MiniSearch until these compact indexes replaced it; the
 * same floating-point steps keep every score, and so every ranking, the same). `total` documents are indexed, of
 * field lengths `lengths` (by id) and mean `average`.
 */
export function scorePostings(
  list: readonly number[],
  weight: number,
  total: number,
  lengths: readonly number[],
  average: number,
  board: ScoreBoard,
): void {
  const { k, b, d } = BM25;
  const matching = postingCount(list);
  const idf = Math.log(1 + (total - matching + 0.5) / (matching + 0.5));
  for (let i = 1; i < list.length; i++) {
    const id = list[i] as number;
    const next = list[i + 1];
    let tf = 1;
    if (next !== undefined && next < 0) {
      tf = -next;
      i++;
    }
    const length = lengths[id] as number;
    board.add(id, weight * (idf * (d + (tf * (k + 1)) / (tf + k * (1 - b + (b * length) / average)))));
  }
}

const BM25 = { k: 1.2, b: 0.7, d: 0.5 } as const;

/** A field's mean length after adding a document of `length` to `count` documents (MiniSearch's running mean). */
export function meanWith(mean: number, count: number, length: number): number {
  return (mean * count + length) / (count + 1);
}

/** The mean after removing a document of `length` from `count` documents. */
export function meanWithout(mean: number, count: number, length: number): number {
  return count === 1 ? 0 : (mean * count - length) / (count - 1);
}
