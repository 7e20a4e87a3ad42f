import type { AttachmentRef } from '../../commands/types.js';
import { DISCORD_ATTACHMENT_HOSTS, fetchAttachmentText } from '../stories/index.js';

export interface AttachmentPolicy {
  maxBytes: number;
  timeoutMs: number;
  /**
   * Extra hosts to download from besides Discord's CDN. Loopback only (a test's local file server): set in code,
   * never from the environment or a user, so a production bot only ever fetches from Discord.
   */
  extraHosts?: readonly string[];
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '[::1]', 'localhost']);

/**
 * Reads an uploaded file from the URL Discord put in the interaction: name, content type and size are checked
 * before any request, the body is capped and timed (see `fetchAttachmentText`). Throws `AttachmentError`.
 */
export function discordAttachmentReader(policy: AttachmentPolicy): (file: AttachmentRef) => Promise<string> {
  const extra = policy.extraHosts ?? [];
  const foreign = extra.find((host) => !LOOPBACK.has(host));
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
