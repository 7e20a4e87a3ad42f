import { type SentenceFeatures, sentenceFeatures } from './answerTypes.js';
import { type SentenceFit, sentenceFit } from './sentenceFit.js';
import type { SentenceDoc } from './sentenceIndex.js';
import { indexTokens, tokenize } from './text.js';

/** What a sentence's story says of it beyond its words: who speaks in the story, and the year it was published. */
export interface StoryContext {
  people: ReadonlySet<string>;
  year: number | undefined;
}

/**
 * A sentence of the index whose features (what kinds of answer it holds, what its numbers count) are read the first
 * time they are asked, when it is a candidate, not when it is indexed: most sentences of 1,000 stories never are, and
 * reading them all was a fifth of the build. Read by getters on the prototype, not by closures on each sentence,
 * which held 18 MB more for 28,000 sentences.
 */
export class IndexedSentence implements SentenceDoc {
  private fitRead: SentenceFit | undefined;
  private holdsRead: SentenceFeatures | undefined;

  constructor(
    readonly id: number,
    readonly articleId: string,
    readonly paragraph: number,
    readonly sentence: number,
    readonly text: string,
    readonly speaker: string | undefined,
    readonly terms: string,
    readonly speakerTerms: string,
    readonly sectionTerms: string,
    readonly neighbours: number[],
    private readonly story: StoryContext,
  ) {}

  get fit(): SentenceFit {
    this.fitRead ??= sentenceFit(tokenize(this.text), this.text);
    return this.fitRead;
  }

  get holds(): SentenceFeatures {
    if (this.holdsRead) return this.holdsRead;
    // One tokenizing for both: a candidate's features are nearly always asked with what its numbers count.
    const { text, speaker, story } = this;
    const words = tokenize(text);
    this.fitRead ??= sentenceFit(words, text);
    this.holdsRead = shared(
      sentenceFeatures(text, indexTokens(words, text), {
        speaker,
        people: story.people,
        placed: this.fitRead.placed,
        year: story.year,
      }),
    );
    return this.holdsRead;
  }
}

// Most sentences hold the same few combinations of features: one frozen object for each.
const sharedFeatures = new Map<string, SentenceFeatures>();
function shared(features: SentenceFeatures): SentenceFeatures {
  const key = Object.values(features).join();
  let same = sharedFeatures.get(key);
  if (!same) {
    same = Object.freeze(features);
    sharedFeatures.set(key, same);
  }
  return same;
}
