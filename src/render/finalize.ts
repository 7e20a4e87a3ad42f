import { LIMITS } from './limits.js';
import type { ActionRow, Choice, Embed, EmbedField, Reply } from './payload.js';
import { truncateMarkdown, truncatePlain } from './truncate.js';

/** A zero-width space: Discord rejects empty field names and values. */
const BLANK = '\u200b';

/**
 * Makes any reply legal for Discord: content ≤ 2000, ≤ 10 embeds, per-field limits, 6000 characters over all
 * embeds, ≤ 5 rows of ≤ 5 buttons with custom ids ≤ 100, and `parse: []` mentions. Every reply passes here
 * before it is sent or printed, so commands may build generously.
 */
export function finalize(reply: Reply): Reply {
  const content = reply.content ? truncateMarkdown(reply.content, LIMITS.content) : undefined;
  const embeds = fitEmbeds(reply.embeds ?? []);
  const components = fitComponents(reply.components ?? []);
  const users = [...new Set(reply.allowedMentions.users ?? [])];
  return {
    ...(content || embeds.length === 0 ? { content: content || BLANK } : {}),
    ...(embeds.length > 0 ? { embeds } : {}),
    ...(components.length > 0 ? { components } : {}),
    ...(reply.ephemeral ? { ephemeral: true } : {}),
    allowedMentions: users.length > 0 ? { parse: [], users } : { parse: [] },
  };
}

/** Characters Discord counts toward the 6000 limit of one message's embeds. */
export function embedLength(embed: Embed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

function fitEmbeds(embeds: readonly Embed[]): Embed[] {
  let budget = LIMITS.embedTotal;
  const out: Embed[] = [];
  for (const embed of embeds.slice(0, LIMITS.embeds)) {
    if (budget <= 0) break;
    const fitted = fitEmbed(embed, budget);
    if (!fitted) break;
    budget -= embedLength(fitted);
    out.push(fitted);
  }
  return out;
}

/** Fits one embed into its own limits and the `budget` left of the message's 6000; undefined when nothing fits. */
function fitEmbed(embed: Embed, budget: number): Embed | undefined {
  const take = (text: string, max: number, markdown: boolean): string => {
    const cut = markdown
      ? truncateMarkdown(text, Math.min(max, budget))
      : truncatePlain(text, Math.min(max, budget));
    budget -= cut.length;
    return cut;
  };
  // Headers first (they identify the embed), then the footer (the source credit), then the body.
  const out: Embed = {};
  if (embed.color !== undefined) out.color = embed.color;
  // A part cut to nothing is left out: Discord rejects empty titles, author names and footers.
  const title = embed.title ? take(embed.title, LIMITS.title, true) : '';
  if (title) out.title = title;
  const author = embed.author?.name ? take(embed.author.name, LIMITS.authorName, false) : '';
  if (author) out.author = { name: author };
  const footer = embed.footer?.text ? take(embed.footer.text, LIMITS.footer, false) : '';
  if (footer) out.footer = { text: footer };
  if (embed.description) {
    const description = take(embed.description, LIMITS.description, true);
    if (description) out.description = description;
  }
  const fields: EmbedField[] = [];
  for (const field of (embed.fields ?? []).slice(0, LIMITS.fields)) {
    if (budget < 2) break;
    const name = take(field.name || BLANK, LIMITS.fieldName, true) || BLANK;
    const value = take(field.value || BLANK, LIMITS.fieldValue, true);
    if (!value) break;
    fields.push({ name, value, ...(field.inline ? { inline: true } : {}) });
  }
  if (fields.length > 0) out.fields = fields;
  const hasBody = out.title || out.description || out.author || fields.length > 0;
  return hasBody ? out : undefined;
}

function fitComponents(rows: readonly ActionRow[]): ActionRow[] {
  // Buttons with an over-long custom id are dropped, not cut: their state would be wrong.
  const buttons = rows.flatMap((row) =>
    row.components
      .filter((b) => b.custom_id.length > 0 && b.custom_id.length <= LIMITS.customId)
      .map((b) => ({ ...b, label: truncatePlain(b.label, LIMITS.buttonLabel) })),
  );
  const seen = new Set<string>();
  const unique = buttons.filter((b) => !seen.has(b.custom_id) && seen.add(b.custom_id));
  const out: ActionRow[] = [];
  for (let i = 0; i < unique.length && out.length < LIMITS.rows; i += LIMITS.buttonsPerRow) {
    out.push({ type: 1, components: unique.slice(i, i + LIMITS.buttonsPerRow) });
  }
  return out;
}

/** Autocomplete answer: ≤ 25 distinct choices, names and values ≤ 100 characters. */
export function toChoices(items: readonly (string | Choice)[]): Choice[] {
  const seen = new Set<string>();
  const out: Choice[] = [];
  for (const item of items) {
    const raw = typeof item === 'string' ? { name: item, value: item } : item;
    const choice = {
      name: truncatePlain(raw.name.trim(), LIMITS.choiceName),
      value: truncatePlain(raw.value, LIMITS.choiceValue),
    };
    if (!choice.name || !choice.value || seen.has(choice.value)) continue;
    seen.add(choice.value);
    out.push(choice);
    if (out.length === LIMITS.choices) break;
  }
  return out;
}
