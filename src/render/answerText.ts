import type { Article, Quote } from '../article/types.js';
import type { Answer } from '../search/types.js';
import { cite, sourceLine } from './source.js';

/** The CLI's JSON for one answer: the fields a script needs, `speaker` null when the excerpt is not a quote. */
export function answerToJson(answer: Answer) {
  return {
    question: answer.question,
    answered: answer.answered,
    ...(answer.answered ? {} : { reason: answer.reason ?? '', suggestions: answer.suggestions }),
    excerpts: answer.excerpts.map((e) => ({
      text: e.text,
      paragraph: e.paragraph,
      speaker: e.speaker ?? null,
      score: e.score,
    })),
  };
}

/** Terminal text for one answer: numbered excerpts with ¶ citations, then the source of each story cited. */
export function answerToText(answer: Answer, articleOf: (id: string) => Article | undefined): string {
  if (!answer.answered) {
    const tips = answer.suggestions.map((s) => `  - ${s}`);
    return [
      `Not covered: ${answer.reason ?? 'the article does not say.'}`,
      ...(tips.length ? ['Try:', ...tips] : []),
    ].join('\n');
  }
  const lines = answer.excerpts.map(
    (e, i) => `${i + 1}. ${cite(e.paragraph)} ${e.text}${e.speaker ? ` — ${e.speaker}` : ''}`,
  );
  const sources = [...new Set(answer.excerpts.map((e) => e.articleId))]
    .map((id) => articleOf(id))
    .filter((a): a is Article => a !== undefined)
    .map((a) => `Source: ${a.headline} — ${sourceLine(a)}`);
  return [...lines, ...sources].join('\n');
}

export function quotesToText(quotes: readonly Quote[]): string {
  if (quotes.length === 0) return 'No quotes.';
  return quotes.map((q) => `${cite(q.paragraph)} “${q.text}” — ${q.speaker}`).join('\n');
}

/** The story's metadata and its numbered paragraphs, for scripts. */
export function articleToJson(a: Article) {
  return {
    id: a.id,
    headline: a.headline,
    byline: a.byline,
    outlet: a.outlet,
    dateline: a.dateline,
    published: a.published,
    language: a.language,
    sections: a.sections,
    credits: a.credits,
    copyright: a.copyright,
    paragraphs: a.paragraphs.map(({ n, section, text }) => ({ n, section, text })),
  };
}

export function articleToText(a: Article): string {
  const head = [a.headline, sourceLine(a), a.dateline].filter(Boolean);
  let section = '';
  const body: string[] = [];
  for (const p of a.paragraphs) {
    if (p.section !== section) body.push('', `## ${p.section}`);
    section = p.section;
    body.push(`${cite(p.n)} ${p.text}`);
  }
  return [...head, ...body, '', a.credits, a.copyright]
    .filter((l, i, all) => l !== '' || all[i - 1] !== '')
    .join('\n');
}
