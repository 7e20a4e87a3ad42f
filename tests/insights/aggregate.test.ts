import { describe, expect, it } from 'vitest';
import { type InsightEvent, insights, normalizeQuestion } from '../../src/insights/index.js';

const A = '111111111111111111';
const B = '222222222222222222';

let minute = 0;
const ask = (guild: string | null, question: string, answered: boolean, user = 'u1'): InsightEvent => ({
  t: new Date(Date.UTC(2026, 0, 1, 10, minute++)).toISOString(),
  guild,
  kind: 'question',
  question,
  answered,
  user,
});
const rate = (guild: string | null, helpful: boolean): InsightEvent => ({
  ...ask(guild, 'Who?', true),
  kind: 'feedback',
  helpful,
});

const events: InsightEvent[] = [
  ask(A, 'Who is Jens Stoltenberg?', true, 'u1'),
  ask(A, 'who is jens stoltenberg', true, 'u2'),
  ask(A, '  WHO is Jens   Stoltenberg?! ', true, 'u3'),
  ask(A, 'What about China?', false, 'u1'),
  ask(A, 'What about China', false, 'u2'),
  ask(A, 'How many Patriots?', false, 'u1'),
  ask(A, 'How many patriots', true, 'u1'), // answered later: no longer a gap
  ask(B, 'Secret question of B', false, 'u9'),
  ask(null, 'A question in a DM', false, 'u8'),
  rate(A, true),
  rate(A, true),
  rate(A, false),
  rate(B, false),
];

describe('normalizeQuestion', () => {
  it('ignores case, spacing, punctuation and apostrophes', () => {
    expect(normalizeQuestion("  What's NATO   doing?! ")).toBe('whats nato doing');
    expect(normalizeQuestion('whats nato doing')).toBe('whats nato doing');
    expect(normalizeQuestion('Kyiv’s “air” defenses…')).toBe('kyivs air defenses');
  });
});

describe('insights', () => {
  it('summarises only the asked guild', () => {
    const report = insights(events, { guild: A });
    expect(report).toMatchObject({ guild: A, questions: 7, answered: 4, askers: 3 });
    expect(report.answerRate).toBeCloseTo(4 / 7);
    expect(report.feedback).toEqual({ helpful: 2, notHelpful: 1 });
    expect(report.topQuestions.map((q) => [q.question, q.count, q.answered])).toEqual([
      ['WHO is Jens   Stoltenberg?!', 3, 3],
      ['How many patriots', 2, 1],
      ['What about China', 2, 0],
    ]);
    expect(report.unanswered.map((q) => [q.question, q.count])).toEqual([['What about China', 2]]);
    const all = JSON.stringify(report);
    expect(all).not.toContain('Secret question of B');
    expect(all).not.toContain('A question in a DM');
  });

  it('keeps direct messages (guild null) apart from every guild', () => {
    const report = insights(events, { guild: null });
    expect(report).toMatchObject({
      questions: 1,
      answered: 0,
      answerRate: 0,
      feedback: { helpful: 0, notHelpful: 0 },
    });
    expect(report.unanswered.map((q) => q.question)).toEqual(['A question in a DM']);
    expect(insights(events, { guild: B }).feedback).toEqual({ helpful: 0, notHelpful: 1 });
  });

  it('filters by time window (since inclusive, until exclusive) and handles an empty guild', () => {
    const since = events[3]?.t ?? '';
    const until = events[5]?.t ?? '';
    const report = insights(events, { guild: A, since, until });
    expect(report.questions).toBe(2);
    expect(report.topQuestions.map((q) => q.question)).toEqual(['What about China']);
    expect(insights(events, { guild: '333333333333333333' })).toMatchObject({
      questions: 0,
      answerRate: null,
      topQuestions: [],
      unanswered: [],
    });
    expect(insights(events, { guild: A, since: new Date('2027-01-01') }).questions).toBe(0);
  });

  it('limits the rankings to `top`', () => {
    expect(insights(events, { guild: A, top: 1 }).topQuestions).toHaveLength(1);
  });
});
