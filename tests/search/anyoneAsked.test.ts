import { describe, expect, it } from 'vitest';
import { loadArticleById } from '../eval/articles.js';
import { libraryOf, madeUpArticle } from './realArticle.js';

describe('"was anybody hurt in the blaze": whether anyone was', () => {
  it('is answered by a sentence saying no one was, though it lacks the blaze', () => {
    const bridge = libraryOf(loadArticleById('freight-bridge-fire-dornholt').article);
    expect(bridge.answer('was anybody hurt in the blaze').excerpts[0]?.text).toMatch(/^No one was injured/);
    const theatre = libraryOf(
      loadArticleById('theatre-roof-collapse-performance-cancelled-altstedt').article,
    );
    expect(theatre.answer('was anyone injured in the ceiling collapse').excerpts[0]?.text).toContain(
      'Nobody was injured',
    );
  });

  it('nor needs the verb itself: a synonym or derived form says it, before a sentence on deaths years ago', () => {
    const cableCar = libraryOf(loadArticleById('cable-car-accident-alpenried').article);
    expect(cableCar.answer('did anyone die').excerpts[0]?.text).toContain('No one was killed');
  });

  it('not by one saying no one underwent something else', () => {
    const fire = libraryOf(
      madeUpArticle(
        'fire',
        'Fire closes freight bridge at Dornholt',
        'A fire destroyed a timber freight bridge near Dornholt on Tuesday, halting trains between the two ports.',
        'No one was hurt, although a night mechanic was treated for smoke inhalation.',
      ),
    );
    expect(fire.answer('was anyone arrested over the fire').answered).toBe(false);
  });
});
