/**
 * What every command receives: its arguments and the process's edges.
 * Commands are plain async functions returning an exit code; only
 * `main.ts` touches `process` (one error boundary, one exit).
 */
export interface CommandContext {
  args: string[];
  env: Readonly<Record<string, string | undefined>>;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
  /** True when stderr is a terminal (progress bars instead of log lines). */
  interactive: boolean;
}

export interface Command {
  name: string;
  summary: string;
  usage: string;
  run(context: CommandContext): Promise<number>;
}

/** Exit codes, documented in the README. */
export const EXIT = {
  ok: 0,
  /** The command ran but something failed (e.g. a document could not be loaded). */
  failed: 1,
  /** Wrong arguments. */
  usage: 2,
  /** Configuration, database or environment problem. */
  setup: 3,
} as const;

export class UsageError extends Error {
  readonly code = 'USAGE';
}

export function writeLine(stream: NodeJS.WritableStream, line = ''): void {
  stream.write(`${line}\n`);
}
