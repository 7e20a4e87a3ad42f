import type { InsightsReport, QuestionStat } from '../insights/aggregate.js';
import { escapeText } from './escape.js';
import { LIMITS } from './limits.js';
import { COLOR, type EmbedField, NO_MENTIONS, type Reply } from './payload.js';
import { fitLines } from './storyList.js';
import { truncatePlain } from './truncate.js';

/** Longest question shown in a list (the report holds up to 500 characters). */
const QUESTION_CHARS = 120;

/** `/insights`: one server's questions over the last `days` days — for its moderators' eyes only. */
export function renderInsights(report: InsightsReport, days: number): Reply {
  const period = days === 1 ? 'the last day' : `the last ${days} days`;
  const fields: EmbedField[] = [];
  let description: string;
  if (report.questions === 0) {
    description = `Nobody asked /ask anything here in ${period}.`;
  } else {
    const rate = Math.round((report.answerRate ?? 0) * 100);
    const people = report.askers === 1 ? '1 person' : `${report.askers} people`;
    description = `**${report.questions}** questions from ${people} in ${period}; **${report.answered}** answered (**${rate}%** answer rate).`;
  }
  const { helpful, notHelpful } = report.feedback;
  fields.push({ name: 'Feedback', value: `Helpful: **${helpful}** · Not helpful: **${notHelpful}**` });
  if (report.topQuestions.length > 0) {
    fields.push({ name: 'Most asked', value: list(report.topQuestions, true) });
  }
  if (report.unanswered.length > 0) {
    fields.push({
      name: 'Unanswered: what the stories do not cover yet',
      value: list(report.unanswered, false),
    });
  }
  return {
    embeds: [
      {
        color: COLOR,
        title: `Insights for ${report.guild === null ? 'direct messages' : 'this server'} · ${period}`,
        description,
        fields,
        footer: {
          text: `Only ${report.guild === null ? 'direct messages' : 'this server'}: no other server’s questions. Askers are counted by a salted hash, never by name.`,
        },
      },
    ],
    ephemeral: true,
    allowedMentions: NO_MENTIONS,
  };
}

/** "**3×** what did NATO agree (2 answered)", whole lines only, within a field's 1024 characters. */
function list(stats: readonly QuestionStat[], showAnswered: boolean): string {
  const lines = stats.map((s) => {
    const answered = showAnswered ? ` (${s.answered} answered)` : '';
    return `**${s.count}×** ${escapeText(truncatePlain(s.question, QUESTION_CHARS))}${answered}`;
  });
  return fitLines(lines, LIMITS.fieldValue);
}
