/** What `answer` returns: plain data, rendered by `src/render`. */
export interface Answer {
  question: string;
  answered: boolean;
  /** Why nothing was answered (set when `answered` is false). */
  reason?: string;
  /** Best first; empty when not answered. */
  excerpts: Excerpt[];
  /** Topics the article does cover, offered when the question is not covered. */
  suggestions: string[];
}

export interface Excerpt {
  articleId: string;
  /** Paragraph number (¶n) of the sentence. */
  paragraph: number;
  /** 0-based sentence index within the paragraph. */
  sentence: number;
  /** The last sentence's index, when the excerpt is a quote of several sentences (see `SentenceIndex.quoteAround`). */
  lastSentence?: number;
  text: string;
  /** Words of `text` that matched the question, as they appear in `text` (for bold highlighting). */
  highlights: string[];
  speaker?: string;
  /** Relevance, higher is better; only comparable within one answer. */
  score: number;
}

export interface AnswerOptions {
  /** Most excerpts to return (default 5). */
  limit?: number;
  /** Restrict to these article ids (default: every indexed article). */
  articleIds?: readonly string[];
}
