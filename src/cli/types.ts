/** Streams a CLI subcommand talks to; tests pass in-memory ones. */
export interface CliIO {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  /** Root folder holding `articles/` (and per-guild data); defaults to the project's `data/`. */
  dataDir: string;
}

/** A CLI subcommand: gets the arguments after its name, returns the exit code (0 ok, 2 bad input). */
export type CliSubcommand = (args: string[], io: CliIO) => Promise<number>;

/** Bad input the user can fix: printed as one line on stderr, exit code 2, never a stack trace. */
export class UsageError extends Error {}
