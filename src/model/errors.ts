/**
 * The base of every expected failure in Diplograph. Each subclass narrows
 * `code` to a union of stable codes that tests and callers switch on; the
 * message says what was expected, what was found and how to fix it. `cause`
 * keeps the original. `retriable` says whether the same call may succeed if
 * simply tried again (a lost connection, a deadlock), as the driver's
 * `Neo4jError.retriable` does; bad input and bad configuration never are.
 */
export class DiplographError extends Error {
  readonly code: string;
  readonly retriable: boolean;

  constructor(code: string, message: string, options?: { cause?: unknown; retriable?: boolean }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    this.retriable = options?.retriable ?? false;
  }
}

/** Configuration problems, all reported together. */
export class ConfigError extends DiplographError {
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(
      'CONFIG_INVALID',
      `Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}\nSee .env.example for every variable and its default.`,
    );
    this.problems = problems;
  }
}

/** Problems starting, stopping or reaching the database. */
export class Neo4jSetupError extends DiplographError {}
