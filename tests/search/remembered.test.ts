import { describe, expect, it } from 'vitest';
import { remembered } from '../../src/remembered.js';

/** A remembered square that counts how often it was worked out. */
function countedSquare(limit?: number) {
  const computed: number[] = [];
  const square = remembered((n: number) => {
    computed.push(n);
    return n * n;
  }, limit);
  return { square, computed };
}

describe('remembered', () => {
  it('works a key out once', () => {
    const { square, computed } = countedSquare();
    expect([square(3), square(3), square(4)]).toEqual([9, 9, 16]);
    expect(computed).toEqual([3, 4]);
  });

  it('remembers an undefined answer too', () => {
    let calls = 0;
    const nothing = remembered((_: string) => {
      calls += 1;
      return undefined;
    });
    nothing('a');
    nothing('a');
    expect(calls).toBe(1);
  });

  it('keeps at most `limit` keys: the least recently asked are worked out again', () => {
    const { square, computed } = countedSquare(4);
    for (const n of [1, 2, 3, 4, 5, 6, 7]) square(n);
    computed.length = 0;
    square(1);
    square(7);
    expect(computed).toEqual([1]);
  });

  it('keeps a key asked again while others come and go, where starting afresh would lose it', () => {
    const { square, computed } = countedSquare(4);
    for (const n of [1, 2, 3, 4, 5, 6, 7, 8]) {
      square(1);
      square(n);
    }
    expect(computed.filter((n) => n === 1)).toEqual([1]);
  });
});
