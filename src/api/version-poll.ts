/**
 * A value read from Neo4j at most once per interval, shared by every request: the graph's
 * version for the result cache, so checking it costs requests no round trip of their own.
 *
 * The first call after the interval starts one read, and every call until it settles gets
 * that read's answer (a read is a few milliseconds on an index seek). A value is as old as
 * the start of its read, so no answer is older than the interval. A read that fails or takes
 * longer than `timeoutMs` keeps the last value (the request's own query reports a lost
 * database) and is tried again after the interval.
 */
export interface VersionPollOptions {
  /** Reads the current value (one query). */
  read: () => Promise<unknown>;
  /** How long a value is used before it is read again; 0 reads it for every call. */
  intervalMs: number;
  /** How long callers wait for a read before going on with the last value (default 1 s). */
  timeoutMs?: number;
  /** For tests. */
  now?: () => number;
}

export type VersionPoll = () => Promise<unknown>;

export function createVersionPoll({
  read,
  intervalMs,
  timeoutMs = 1000,
  now = Date.now,
}: VersionPollOptions): VersionPoll {
  let value: unknown = undefined;
  let readAt = -Infinity;
  let reading: Promise<unknown> | null = null;
  // A read that answers after its timeout must not overwrite a later read's value.
  let started = 0;
  let answered = 0;
  return () => {
    if (reading !== null) return reading;
    const at = now();
    if (at - readAt < intervalMs) return Promise.resolve(value);
    readAt = at;
    const order = ++started;
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, timeoutMs);
    });
    const fresh = Promise.resolve()
      .then(read)
      .then((v) => {
        if (order < answered) return;
        answered = order;
        value = v;
      });
    reading = Promise.race([fresh, late])
      .catch(() => undefined)
      .then(() => {
        clearTimeout(timer);
        reading = null;
        return value;
      });
    return reading;
  };
}
