import type { InsightsReport, QuestionStat } from './aggregate.js';

/** The report as plain text for the console (the Discord command renders its own embed from the same data). */
export function formatInsights(
  report: InsightsReport,
  window: { since?: string; until?: string } = {},
): string {
  const who = report.guild === null ? 'direct messages and the console' : `server ${report.guild}`;
  const range = [window.since && `since ${window.since}`, window.until && `until ${window.until}`]
    .filter(Boolean)
    .join(' ');
  const lines = [`Insights for ${who}${range ? ` (${range})` : ''}`];
  if (report.questions === 0) {
    lines.push('No questions asked yet.');
  } else {
    const rate = Math.round((report.answerRate ?? 0) * 100);
    lines.push(
      `Questions: ${report.questions} (${report.answered} answered, ${rate}%) from ${report.askers} ${report.askers === 1 ? 'person' : 'people'}`,
    );
  }
  lines.push(`Feedback: ${report.feedback.helpful} helpful, ${report.feedback.notHelpful} not helpful`);
  lines.push(...section('Most asked', report.topQuestions, true));
  lines.push(...section('Unanswered (the gaps)', report.unanswered, false));
  return `${lines.join('\n')}\n`;
}

function section(title: string, stats: readonly QuestionStat[], showAnswered: boolean): string[] {
  if (stats.length === 0) return [];
  return [
    '',
    `${title}:`,
    ...stats.map(
      (s) =>
        `  ${String(s.count).padStart(4)}×  ${s.question}${showAnswered ? `  (${s.answered} answered)` : ''}`,
    ),
  ];
}
