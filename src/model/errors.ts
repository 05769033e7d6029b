/**
 * The base of every expected failure in Diplograph. Each subclass has a
 * stable `code` that tests and callers switch on; the message says what was
 * expected, what was found and how to fix it. `cause` keeps the original.
 */
export class DiplographError extends Error {
  readonly code: string;

  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
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
