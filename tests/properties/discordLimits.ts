import type { Reply } from '../../src/render/payload.js';

/**
 * Discord's documented message limits, written out here independently of src/render/limits.ts so a wrong limit
 * there cannot hide itself. Returns what is wrong with a reply as it would be sent (empty when legal).
 */
export function limitViolations(reply: Reply): string[] {
  const out: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) out.push(what);
  };
  const embeds = reply.embeds ?? [];
  check((reply.content?.length ?? 0) <= 2000, `content ${reply.content?.length} > 2000`);
  check(Boolean(reply.content) || embeds.length > 0, 'empty message (no content, no embeds)');
  check(embeds.length <= 10, `${embeds.length} embeds > 10`);
  let total = 0;
  for (const [i, e] of embeds.entries()) {
    const fields = e.fields ?? [];
    check((e.title?.length ?? 0) <= 256, `embed ${i} title ${e.title?.length} > 256`);
    check((e.description?.length ?? 0) <= 4096, `embed ${i} description > 4096`);
    check((e.author?.name.length ?? 0) <= 256, `embed ${i} author name > 256`);
    check((e.footer?.text.length ?? 0) <= 2048, `embed ${i} footer > 2048`);
    check(fields.length <= 25, `embed ${i} has ${fields.length} fields > 25`);
    for (const f of fields) {
      check(f.name.length >= 1 && f.name.length <= 256, `embed ${i} field name length ${f.name.length}`);
      check(f.value.length >= 1 && f.value.length <= 1024, `embed ${i} field value length ${f.value.length}`);
    }
    const size =
      (e.title?.length ?? 0) +
      (e.description?.length ?? 0) +
      (e.author?.name.length ?? 0) +
      (e.footer?.text.length ?? 0) +
      fields.reduce((n, f) => n + f.name.length + f.value.length, 0);
    check(size <= 6000, `embed ${i} totals ${size} > 6000`);
    check(size > 0, `embed ${i} is empty`);
    total += size;
  }
  check(total <= 6000, `embeds total ${total} > 6000`);
  const rows = reply.components ?? [];
  check(rows.length <= 5, `${rows.length} rows > 5`);
  const ids = new Set<string>();
  for (const row of rows) {
    check(
      row.components.length >= 1 && row.components.length <= 5,
      `row of ${row.components.length} buttons`,
    );
    for (const b of row.components) {
      check(b.custom_id.length >= 1 && b.custom_id.length <= 100, `custom_id length ${b.custom_id.length}`);
      check(b.label.length <= 80, `label length ${b.label.length} > 80`);
      check(!ids.has(b.custom_id), `duplicate custom_id ${b.custom_id}`);
      ids.add(b.custom_id);
    }
  }
  check(
    Array.isArray(reply.allowedMentions.parse) && reply.allowedMentions.parse.length === 0,
    'allowed_mentions.parse is not []',
  );
  return out;
}

/** Live mention syntax: @everyone/@here, <@id>, <@!id>, <@&id>, <#id>. */
const MENTION = /@(?:everyone|here)\b|<(?:@[!&]?|#)\d+>/gi;

/** Code blocks and unescaped inline code spans: Discord shows mention syntax inside them as plain text. */
const CODE = /```[\s\S]*?```|(?<!\\)`[^`]*(?<!\\)`/g;

/** Mentions that would render (and, without allowed_mentions, ping) in text; `allowed` user ids excepted. */
export function liveMentions(text: string | undefined, allowed: readonly string[] = []): string[] {
  return [...(text ?? '').replace(CODE, ' ').matchAll(MENTION)]
    .map((m) => m[0])
    .filter((m) => !allowed.some((id) => m === `<@${id}>`));
}

/**
 * Live mentions where Discord renders them: the content, embed descriptions and field values (titles, author
 * names, footers and field names show mention syntax as plain text).
 */
export function mentionsIn(reply: Reply): string[] {
  const allowed = reply.allowedMentions.users ?? [];
  const texts = [
    reply.content,
    ...(reply.embeds ?? []).flatMap((e) => [e.description, ...(e.fields ?? []).map((f) => f.value)]),
  ];
  return texts.flatMap((t) => liveMentions(t, allowed));
}
