import type { AttachmentRef, CommandInput, UserRef } from './types.js';

/** Typed accessors for parsed options: a missing or mistyped option is `undefined`. */
export function getString(input: CommandInput, name: string): string | undefined {
  const v = input.options[name];
  return typeof v === 'string' ? v : undefined;
}

export function getInteger(input: CommandInput, name: string): number | undefined {
  const v = input.options[name];
  return typeof v === 'number' && Number.isInteger(v) ? v : undefined;
}

export function getBoolean(input: CommandInput, name: string): boolean {
  return input.options[name] === true;
}

export function getUser(input: CommandInput, name: string): UserRef | undefined {
  const v = input.options[name];
  return typeof v === 'object' && 'id' in v ? v : undefined;
}

export function getAttachment(input: CommandInput, name: string): AttachmentRef | undefined {
  const v = input.options[name];
  return typeof v === 'object' && 'url' in v ? v : undefined;
}
