import { type AttachmentRef, MAX_ATTACHMENT_BYTES } from '../../commands/types.js';

/** Downloads an uploaded file's text from Discord's CDN, refusing anything over the size limit. */
export async function downloadAttachment(file: AttachmentRef): Promise<string> {
  if (file.size > MAX_ATTACHMENT_BYTES)
    throw new Error(`${file.name} is too big (over ${MAX_ATTACHMENT_BYTES / 1024} KB).`);
  const response = await fetch(file.url, { signal: AbortSignal.timeout(10_000) });
  if (!response.ok) throw new Error(`Could not download ${file.name} (HTTP ${response.status}).`);
  const text = await response.text();
  if (text.length > MAX_ATTACHMENT_BYTES) throw new Error(`${file.name} is too big.`);
  return text;
}
