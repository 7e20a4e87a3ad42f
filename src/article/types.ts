/** A parsed news article: the one shape every later layer reads. Built by `parseArticle`, never mutated. */
export interface Article {
  /** Stable id: the file name without extension (e.g. `nato-air-defenses-kyiv`). */
  id: string;
  headline: string;
  /** Reporters as the byline names them, e.g. ["John Irish", "Andrew Gray"]. */
  byline: string[];
  /** The news agency or paper, e.g. "Reuters". */
  outlet: string;
  /** Place of the dateline, e.g. "BRUSSELS"; empty when the text has none. */
  dateline: string;
  /** Publication date as ISO `YYYY-MM-DD`, or empty when unknown. */
  published: string;
  /** Language code from front matter (default "en"). */
  language: string;
  /** Section headings in reading order; the untitled opening section is "". */
  sections: string[];
  paragraphs: Paragraph[];
  quotes: Quote[];
  /** The reporting credits line, e.g. "(Reporting Andrew Gray and John Irish, …)"; empty when absent. */
  credits: string;
  /** The copyright notice; empty when absent. */
  copyright: string;
}

export interface Paragraph {
  /** 1-based paragraph number in reading order: the citation ¶n. */
  n: number;
  text: string;
  /** Heading of the section the paragraph is in ("" before the first heading). */
  section: string;
  sentences: Sentence[];
}

export interface Sentence {
  /** 0-based index within its paragraph. */
  index: number;
  text: string;
  /** Full name of the person speaking when the sentence is (or contains) a direct quote. */
  speaker?: string;
  /** The speaker's role as the article gives it ("Chief Operating Officer"), when it gives one. */
  speakerRole?: string;
}

export interface Quote {
  /** The quoted words, without the quotation marks. */
  text: string;
  /** Full name as the article gives it, or a description ("A NATO representative") when unnamed. */
  speaker: string;
  paragraph: number;
  /** True for a few scare-quoted words inside a sentence rather than a quoted statement. */
  fragment: boolean;
}

/** A file that could not be turned into an Article; the message names the file and what is wrong. */
export interface LoadError {
  file: string;
  message: string;
}
