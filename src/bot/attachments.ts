import { isIPv4 } from 'node:net';
import type { AttachmentRef } from '../../commands/types.js';
import { DISCORD_ATTACHMENT_HOSTS, fetchAttachmentText } from '../stories/index.js';

export interface AttachmentPolicy {
  maxBytes: number;
  timeoutMs: number;
  /**
   * Extra hosts to download from besides Discord's CDN. Loopback only (a test's local file server): set in code
   * or by the test-only ATTACHMENT_TEST_HOSTS, never by a user, so a production bot only ever fetches from Discord.
   */
  extraHosts?: readonly string[];
}

/** 127.0.0.0/8, ::1 (bare or as a URL writes it, `[::1]`) and localhost. */
export function isLoopbackHost(host: string): boolean {
  const h = host.toLowerCase();
  return h === 'localhost' || h === '::1' || h === '[::1]' || (isIPv4(h) && h.startsWith('127.'));
}

/**
 * ATTACHMENT_TEST_HOSTS (tests only): comma-separated loopback hosts a spawned bot (e.g. a shard under
 * `npm run start:sharded`) may also download attachments from. Any other host throws a one-line Error, so
 * configuration can never point a bot at anything but Discord's CDN and the machine itself.
 */
export function readAttachmentTestHosts(env: NodeJS.ProcessEnv = process.env): string[] {
  const hosts = (env.ATTACHMENT_TEST_HOSTS ?? '')
    .split(',')
    .map((h) => h.trim().toLowerCase())
    .filter(Boolean);
  const foreign = hosts.find((h) => !isLoopbackHost(h));
  if (foreign !== undefined) {
    throw new Error(
      `ATTACHMENT_TEST_HOSTS is for tests only and may list only loopback hosts (127.x.x.x, ::1, localhost); got "${foreign.slice(0, 100)}".`,
    );
  }
  // URL#hostname writes IPv6 in brackets: that is the form the download check compares with.
  return hosts.map((h) => (h === '::1' ? '[::1]' : h));
}

/**
 * Reads an uploaded file from the URL Discord put in the interaction: name, content type and size are checked
 * before any request, the body is capped and timed (see `fetchAttachmentText`). Throws `AttachmentError`.
 */
export function discordAttachmentReader(policy: AttachmentPolicy): (file: AttachmentRef) => Promise<string> {
  const extra = policy.extraHosts ?? [];
  const foreign = extra.find((host) => !isLoopbackHost(host));
  if (foreign) throw new Error(`attachment host ${foreign} is not loopback; only Discord's CDN is allowed`);
  const allowedHosts = [...DISCORD_ATTACHMENT_HOSTS, ...extra];
  return (file) =>
    fetchAttachmentText(file.url, {
      name: file.name,
      size: file.size,
      contentType: file.contentType,
      maxBytes: policy.maxBytes,
      timeoutMs: policy.timeoutMs,
      allowedHosts,
    });
}
