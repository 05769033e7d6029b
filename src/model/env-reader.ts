/**
 * Typed reads of environment variables that collect every problem instead of
 * throwing at the first, so a ConfigError can list them all (STYLE.md, point 7).
 */
export type Env = Readonly<Record<string, string | undefined>>;

export interface EnvReader {
  /** The trimmed value, or undefined when unset or empty. */
  text: (name: string) => string | undefined;
  /** A whole number from min to max, or the fallback (with a problem noted when malformed). */
  integer: (name: string, fallback: number, min: number, max: number) => number;
}

export function createEnvReader(env: Env, problems: string[]): EnvReader {
  const text = (name: string): string | undefined => {
    const value = env[name]?.trim();
    return value === undefined || value === '' ? undefined : value;
  };
  return {
    text,
    integer(name, fallback, min, max) {
      const raw = text(name);
      if (raw === undefined) return fallback;
      const value = Number(raw);
      if (!Number.isInteger(value) || value < min || value > max) {
        problems.push(`${name} must be a whole number from ${min} to ${max}; found "${raw}".`);
        return fallback;
      }
      return value;
    },
  };
}
