/** What the community asks: an append-only event log and per-guild aggregates over it. */
export {
  type InsightsOptions,
  type InsightsReport,
  insights,
  normalizeQuestion,
  type QuestionStat,
} from './aggregate.js';
export { formatInsights } from './format.js';
export {
  createInsightsRecorder,
  type FeedbackRecord,
  type InsightsRecorder,
  MAX_QUESTION_CHARS,
  type QuestionRecord,
  type RecorderOptions,
} from './recorder.js';
export { hashUser, loadSalt, saltFile } from './salt.js';
export { type EventStore, eventsFile, openEventStore, type ReadResult, readEvents } from './store.js';
export { type InsightEvent, isInsightEvent } from './types.js';
