import { PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { neutraliseMentions } from '../src/render/escape.js';
import { notice, toChoices } from '../src/render/index.js';
import type { Reply } from '../src/render/payload.js';
import { renderRemoveConfirm, renderStoryAdded } from '../src/render/storyChange.js';
import { renderStoryOverview } from '../src/render/storyList.js';
import type { Story } from '../src/search/library.js';
import { StoryError } from '../src/stories/errors.js';
import { getAttachment, getString } from './options.js';
import type { ButtonPress, ButtonResult, CommandContext, CommandInput, FocusedOption } from './types.js';

export const data = new SlashCommandBuilder()
  .setName('story')
  .setDescription('The stories this server can ask about: list them, add or remove its own')
  // Hides the command from members without Manage Server by default; the check in the core is what protects.
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .addSubcommand((s) => s.setName('list').setDescription('Stories this server sees: global ones and its own'))
  .addSubcommand((s) =>
    s
      .setName('add')
      .setDescription('Add a story from a plain-text file (Manage Server)')
      .addAttachmentOption((o) =>
        o.setName('file').setDescription('The story as a .txt or .md file').setRequired(true),
      ),
  )
  .addSubcommand((s) =>
    s
      .setName('remove')
      .setDescription('Remove a story this server added (Manage Server)')
      .addStringOption((o) =>
        o
          .setName('story')
          .setDescription('One of the stories this server added')
          .setRequired(true)
          .setAutocomplete(true),
      ),
  );

export const examples = [
  '/story list',
  '/story add file:harbour-fire.txt',
  '/story remove story:harbour-fire',
];
// Adding downloads a file (up to the download timeout): defer, and keep every reply private.
export const defer = true;
export const ephemeral = true;

/** Button state: `story:confirm-remove:<id>` and `story:cancel-remove`. Story ids are ≤ 64 characters: it fits. */
const CONFIRM = 'confirm-remove';
const CANCEL = 'cancel-remove';

export async function execute(input: CommandInput, ctx: CommandContext): Promise<Reply> {
  switch (input.subcommand) {
    case 'list':
      return renderStoryOverview({
        stories: ctx.stories.list(ctx.scope.guildId),
        guildId: ctx.scope.guildId,
        perGuild: ctx.stories.limits.storiesPerGuild,
      });
    case 'add':
      return add(input, ctx);
    case 'remove':
      return askToRemove(input, ctx);
    default:
      return notice('Use `/story list`, `/story add file:<.txt>` or `/story remove story:<id>`.');
  }
}

export function autocomplete(focused: FocusedOption, _input: CommandInput, ctx: CommandContext) {
  if (focused.name !== 'story') return [];
  const owner = managedOwner(ctx);
  if (owner === undefined) return [];
  // Only what this server may remove: its own stories (the operator: the global ones).
  const needle = focused.value.trim().toLowerCase();
  return toChoices(
    ctx.stories
      .list(owner)
      .filter((s) => s.owner === owner)
      .filter((s) => !needle || `${s.article.id} ${s.article.headline}`.toLowerCase().includes(needle))
      .map((s) => ({ name: `${s.article.headline} (${s.article.id})`, value: s.article.id })),
  );
}

export async function button(press: ButtonPress, ctx: CommandContext): Promise<ButtonResult> {
  const [action, ...rest] = press.args;
  if (action === CANCEL) return { reply: notice('Nothing was removed.'), update: true };
  if (action !== CONFIRM || rest.length === 0) {
    return { reply: notice('That button is no longer valid; run `/story remove` again.'), update: false };
  }
  // Checked again at the click: the confirmation may be old, or permissions may have changed since.
  const checked = removable(ctx, rest.join(':'));
  if ('reply' in checked) return { reply: checked.reply, update: true };
  const { id } = checked.story.article;
  try {
    await ctx.stories.remove(id, checked.owner);
  } catch (error) {
    return { reply: refusal(error), update: true };
  }
  return { reply: notice(`Removed \`${id}\`. Members no longer get answers from it.`), update: true };
}

async function add(input: CommandInput, ctx: CommandContext): Promise<Reply> {
  const refused = mayManage(ctx, 'add');
  if (refused) return refused;
  const owner = ctx.scope.guildId;
  const file = getAttachment(input, 'file');
  if (!file) return notice('Attach the story as a file: `/story add file:<story.txt>`.');
  // Cheapest refusals first: limits (cooldown, count), then the file's metadata, then the download itself.
  try {
    await ctx.stories.checkCanAdd(owner);
    const raw = await ctx.readAttachment(file);
    const story = await ctx.stories.add({ raw, fileName: file.name }, owner);
    return renderStoryAdded(story.article, owner);
  } catch (error) {
    return refusal(error);
  }
}

function askToRemove(input: CommandInput, ctx: CommandContext): Reply {
  const checked = removable(ctx, getString(input, 'story')?.trim().toLowerCase() ?? '');
  if ('reply' in checked) return checked.reply;
  const { article } = checked.story;
  return renderRemoveConfirm(article, `story:${CONFIRM}:${article.id}`, `story:${CANCEL}`);
}

/** The story this user may remove here, or why not. Another server's story is "no such story": never revealed. */
function removable(
  ctx: CommandContext,
  id: string,
): { story: Story; owner: string | null } | { reply: Reply } {
  const refused = mayManage(ctx, 'remove');
  if (refused) return { reply: refused };
  const owner = ctx.scope.guildId;
  const story = id ? ctx.library.get(id, ctx.scope) : undefined;
  if (!story) return { reply: notice(noSuchStory(id)) };
  if (story.owner !== owner) {
    return {
      reply: notice(`\`${story.article.id}\` is a global story; only the bot's operator can remove it.`),
    };
  }
  return { story, owner };
}

/** A refusal when this user may not add or remove stories here (a DM, or no Manage Server); undefined if allowed. */
function mayManage(ctx: CommandContext, verb: string): Reply | undefined {
  if (managedOwner(ctx) === undefined) {
    return notice(
      `Stories can only be ${verb === 'add' ? 'added' : 'removed'} in a server, not in direct messages.`,
    );
  }
  if (!ctx.can('ManageGuild')) {
    return notice(`Only members with the **Manage Server** permission can ${verb} stories.`);
  }
  return undefined;
}

/** Whose stories are managed here: the server's, the operator's global ones (console), none in a DM. */
function managedOwner(ctx: CommandContext): string | null | undefined {
  if (ctx.scope.guildId !== null) return ctx.scope.guildId;
  return ctx.operator ? null : undefined;
}

/** A story error's message is written for the user; anything else is a bug for the router to log. */
function refusal(error: unknown): Reply {
  if (error instanceof StoryError) return notice(neutraliseMentions(error.message));
  throw error;
}

function noSuchStory(id: string): string {
  const shown = id.replace(/[`\\@<>]/g, '').slice(0, 64);
  return shown
    ? `There is no story \`${shown}\` on this server; \`/story list\` shows them.`
    : 'Name the story to remove: `/story remove story:<id>`.';
}
