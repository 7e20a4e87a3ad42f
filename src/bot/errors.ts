import { RESTJSONErrorCodes } from 'discord.js';

/** Discord's JSON error code on a DiscordAPIError (or a discord.js error code string), if any. */
export function errorCode(error: unknown): number | string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code: unknown }).code;
    if (typeof code === 'number' || typeof code === 'string') return code;
  }
  return undefined;
}

/** 10062: the 3 s window passed (or the interaction was already answered elsewhere); nothing more can be sent. */
export function isExpired(error: unknown): boolean {
  return errorCode(error) === RESTJSONErrorCodes.UnknownInteraction;
}

/** 40060: someone already acknowledged this interaction. */
export function isAlreadyAcknowledged(error: unknown): boolean {
  const code = errorCode(error);
  return (
    code === RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged || code === 'InteractionAlreadyReplied'
  );
}

/** Login refused because of the token: discord.js's TokenInvalid, HTTP 401, or gateway close 4004. */
export function isTokenRejected(error: unknown): boolean {
  const code = errorCode(error);
  const status = typeof error === 'object' && error !== null && 'status' in error ? error.status : undefined;
  return (
    code === 'TokenInvalid' ||
    status === 401 ||
    code === 4004 ||
    /\b4004\b|401|Unauthorized/.test(String(error))
  );
}
