/** Entries kept before expired ones are swept (memory stays bounded under many users). */
const SWEEP_AT = 10_000;

/** Per-user, per-command cooldowns. Pure: the clock is injected so tests need no timers. */
export class Cooldowns {
  readonly #until = new Map<string, number>();

  constructor(
    private readonly seconds: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** 0 when the user may go ahead (and starts the cooldown), else the milliseconds left. */
  take(userId: string, command: string): number {
    if (this.seconds <= 0) return 0;
    const key = `${userId}:${command}`;
    const now = this.now();
    const left = (this.#until.get(key) ?? 0) - now;
    if (left > 0) return left;
    if (this.#until.size >= SWEEP_AT) this.#sweep(now);
    this.#until.set(key, now + this.seconds * 1000);
    return 0;
  }

  #sweep(now: number): void {
    for (const [key, until] of this.#until) if (until <= now) this.#until.delete(key);
  }
}

/** "Slow down: you can use /ask again in 4 s." */
export function cooldownMessage(command: string, msLeft: number): string {
  return `Slow down: you can use /${command} again in ${Math.ceil(msLeft / 1000)} s.`;
}
