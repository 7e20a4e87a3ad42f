/** The story repository on disk (global and per-guild stories), its limits, and attachment downloads. */
export { type AttachmentOptions, DISCORD_ATTACHMENT_HOSTS, fetchAttachmentText } from './attachment.js';
export { DEFAULT_LIMITS, limitsFromEnv, type StoryLimits } from './config.js';
export {
  AttachmentError,
  type AttachmentErrorCode,
  GlobalStoryError,
  InvalidStoryError,
  StoryError,
  type StoryLimitCode,
  StoryLimitError,
  StoryNotFoundError,
} from './errors.js';
export { isGuildId, isStoryId, slugify } from './paths.js';
export {
  addStory,
  type LoadedStories,
  listStories,
  loadStories,
  type NewStory,
  removeStory,
} from './repository.js';
export { createStoryService, type StoryService, type StoryServiceOptions } from './service.js';
