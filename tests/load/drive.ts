import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { chatInput, str } from '../fake-discord/interactions.js';
import type { FakeDiscord, RecordedRequest } from '../fake-discord/server.js';

/** Questions the story answers, and some it does not (each answered in one callback). */
export const QUESTIONS = [
  'when was NATO founded',
  'what did Kuleba ask for',
  'what did NATO countries agree on Thursday',
  'who is Jens Stoltenberg',
  'how many Patriot systems does Ukraine need',
  'what is the weather in Paris tomorrow',
  'Stoltenbreg air defense',
  'why was the atmosphere austere',
] as const;

export interface RoundOptions {
  total: number;
  burst: number;
  /** Most time to wait for one burst's answers before moving on (keeps a broken bot from hanging the run). */
  burstTimeoutMs: number;
  /** Spacing between dispatches inside a burst (0: all at once). */
  paceMs?: number;
  /** The questions asked, in turn (default `QUESTIONS`). */
  questions?: readonly string[];
}

// Ways to type the same question: each combination is a new text, which no remembered answer serves.
const OPENINGS = ['', 'so ', 'ok ', 'hey ', 'and '];
const ENDINGS = ['', '?', ' ?', '??'];

/**
 * `count` question texts, none the same: the given questions first as they are, then typed otherwise ("so …?"), so
 * that the bot works out every answer as new.
 */
export function distinctQuestions(questions: readonly string[], count: number): string[] {
  const texts = new Set<string>();
  for (const ending of ENDINGS) {
    for (const opening of OPENINGS) {
      for (const q of questions) {
        if (texts.size >= count) return [...texts];
        texts.add(`${opening}${q}${ending}`);
      }
    }
  }
  return [...texts];
}

export interface RoundResult {
  sent: number;
  /**
   * Dispatch -> the answer reaching the fake Discord (its request's headers), per answered interaction: its
   * callback, or for a deferred reply (callback type 5) the edit of @original.
   */
  answerMs: number[];
  /** Interactions answered with a deferral (type 5) rather than in one callback. */
  deferred: number;
  /** Interaction ids without an answer: no callback, or a deferral never edited. */
  lost: string[];
  /** Interaction ids with more than one callback, more than one edit, or an edit of a reply that was not deferred. */
  duplicated: string[];
  /** Follow-ups (error replies) seen. */
  followUps: number;
  /** Per burst, in order, its slowest dispatch -> answer (ms): the first after a start runs on code not yet compiled. */
  burstMaxMs: number[];
  elapsedMs: number;
  /**
   * How late this process's event loop ran during the round (p99 and max, ms): answers are timestamped when the
   * fake Discord, which lives here, gets to them, so its delays are the error margin of `answerMs`.
   */
  loopDelayMs: { p99: number; max: number };
}

interface Track {
  burst: number;
  sentAt: number;
  callbacks: number;
  /** Type of the first callback (4: the answer, 5: a deferral). */
  callbackType?: number;
  edits: number;
  doneAt?: number;
}

const CALLBACK = /^\/api\/v10\/interactions\/([^/]+)\/[^/]+\/callback$/;
const EDIT = /^\/api\/v10\/webhooks\/[^/]+\/([^/]+)\/messages\/@original$/;
const FOLLOW_UP = /^\/api\/v10\/webhooks\/[^/]+\/([^/]+)$/;

/**
 * Dispatches `total` /ask interactions in bursts of `burst`, waiting for each burst's answers (bounded), and
 * counts what the fake Discord received per interaction. The fake's request log is cleared afterwards so repeated
 * rounds do not grow memory on the fake's side.
 */
export async function runRound(fake: FakeDiscord, options: RoundOptions): Promise<RoundResult> {
  const questions = options.questions ?? QUESTIONS;
  const byId = new Map<string, Track>();
  const idOfToken = new Map<string, string>();
  let followUps = 0;
  let pending = 0;
  let wake: (() => void) | undefined;
  const answered = (t: Track, now: number) => {
    if (t.doneAt !== undefined) return;
    t.doneAt = now;
    pending -= 1;
    if (pending === 0) wake?.();
  };
  const observe = (r: RecordedRequest): undefined => {
    // When the request reached the fake, not when the fake (sharing this process with the driver) got round to it.
    const now = r.receivedAt;
    const callback = CALLBACK.exec(r.path);
    const edit = r.method === 'PATCH' ? EDIT.exec(r.path) : null;
    if (callback?.[1]) {
      const t = byId.get(callback[1]);
      if (t) {
        t.callbacks += 1;
        t.callbackType ??= (r.body as { type?: number } | undefined)?.type;
        if (t.callbackType !== 5) answered(t, now);
      }
    } else if (edit?.[1]) {
      const t = byId.get(idOfToken.get(edit[1]) ?? '');
      if (t) {
        t.edits += 1;
        if (t.callbackType === 5) answered(t, now);
      }
    } else if (r.method === 'POST' && FOLLOW_UP.test(r.path)) followUps += 1;
    return undefined; // observe only: the fake answers as usual
  };
  fake.override(observe);
  const loopDelay = monitorEventLoopDelay({ resolution: 1 });
  loopDelay.enable();
  const started = performance.now();
  try {
    for (let sent = 0; sent < options.total; sent += options.burst) {
      const size = Math.min(options.burst, options.total - sent);
      pending = size;
      const done = new Promise<void>((resolve) => {
        wake = resolve;
      });
      // Built before the first is sent: the burst goes out as fast as the socket takes it, and this process (which
      // also timestamps the answers) is not busy building payloads while the answers come in.
      const burst = Array.from({ length: size }, (_, i) =>
        chatInput('ask', [str('question', questions[(sent + i) % questions.length] ?? '')]),
      );
      for (const raw of burst) {
        byId.set(raw.id, { burst: sent / options.burst, sentAt: performance.now(), callbacks: 0, edits: 0 });
        idOfToken.set(raw.token, raw.id);
        fake.dispatch('INTERACTION_CREATE', raw);
        if (options.paceMs) await sleep(options.paceMs);
      }
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([done, new Promise((r) => (timer = setTimeout(r, options.burstTimeoutMs)))]);
      clearTimeout(timer);
    }
    // Late duplicates would show up here.
    await sleep(200);
  } finally {
    loopDelay.disable();
    fake.clearOverrides();
    fake.requests.length = 0;
  }
  const tracks = [...byId];
  const deferred = (t: Track) => t.callbackType === 5;
  const burstMaxMs: number[] = [];
  for (const [, t] of tracks) {
    if (t.doneAt !== undefined) burstMaxMs[t.burst] = Math.max(burstMaxMs[t.burst] ?? 0, t.doneAt - t.sentAt);
  }
  return {
    sent: byId.size,
    answerMs: tracks.flatMap(([, t]) => (t.doneAt === undefined ? [] : [t.doneAt - t.sentAt])),
    deferred: tracks.filter(([, t]) => deferred(t)).length,
    lost: tracks.filter(([, t]) => t.callbacks === 0 || (deferred(t) && t.edits === 0)).map(([id]) => id),
    duplicated: tracks
      .filter(([, t]) => t.callbacks > 1 || t.edits > 1 || (!deferred(t) && t.edits > 0))
      .map(([id]) => id),
    followUps,
    burstMaxMs,
    elapsedMs: performance.now() - started,
    loopDelayMs: { p99: loopDelay.percentile(99) / 1e6, max: loopDelay.max / 1e6 },
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
