/**
 * JSON written piece by piece: the same bytes as `JSON.stringify(value,
 * null, space)`, without ever holding the whole text. A 50 MB document's
 * graph is about 200 MB of JSON; as one string it would cost that twice
 * over (UTF-16, then the UTF-8 copy the stream makes). Here the outer
 * objects and arrays are written member by member, long strings (the
 * document text) in slices, and the stream's backpressure is respected.
 *
 * For plain JSON data (what `extractDocument` returns) and `StreamedArray`:
 * no cycles; a value with `toJSON` is written whole by `JSON.stringify`.
 */
import { once } from 'node:events';

/** Objects and arrays shallower than this (the value itself is depth 0) are written member by member. */
const STREAMED_DEPTH = 2;

/** Strings longer than this are written in slices of this many UTF-16 code units. */
const STRING_SLICE = 64 * 1024;

/** Characters gathered before one write to the stream. */
const WRITE_CHARS = 64 * 1024;

/**
 * An array whose elements come from an iterable, made as they are written
 * (`JSON.stringify` would write it as {}; `jsonChunks` writes the array).
 */
export class StreamedArray {
  constructor(readonly items: Iterable<unknown>) {}
}

/** What JSON.stringify leaves out of an object and writes as null in an array. */
function isOmitted(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

function* stringSlices(s: string): Generator<string> {
  yield '"';
  for (let i = 0; i < s.length;) {
    let j = Math.min(s.length, i + STRING_SLICE);
    // Never between the halves of a surrogate pair: alone, each would be escaped.
    const last = s.charCodeAt(j - 1);
    if (j < s.length && last >= 0xd800 && last <= 0xdbff) j--;
    yield JSON.stringify(s.slice(i, j)).slice(1, -1);
    i = j;
  }
  yield '"';
}

/** `JSON.stringify(value, null, space)` written at `indent` (its inner lines shifted). */
function whole(value: unknown, space: number, indent: string): string {
  const json = JSON.stringify(value, null, space) as string | undefined;
  if (json === undefined) return 'null';
  return indent === '' ? json : json.replaceAll('\n', `\n${indent}`);
}

function* valueChunks(
  value: unknown,
  space: number,
  indent: string,
  depth: number,
): Generator<string> {
  if (typeof value === 'string' && value.length > STRING_SLICE) {
    yield* stringSlices(value);
    return;
  }
  if (
    depth >= STREAMED_DEPTH ||
    value === null ||
    typeof value !== 'object' ||
    typeof (value as { toJSON?: unknown }).toJSON === 'function'
  ) {
    yield whole(value, space, indent);
    return;
  }
  const inner = space > 0 ? indent + ' '.repeat(space) : '';
  const newline = space > 0 ? `\n${inner}` : '';
  const close = space > 0 ? `\n${indent}` : '';
  if (Array.isArray(value) || value instanceof StreamedArray) {
    const items: Iterable<unknown> = value instanceof StreamedArray ? value.items : value;
    // Element by element: a large document's statements number in the hundreds of thousands.
    let first = true;
    for (const v of items) {
      yield `${first ? '[' : ','}${newline}`;
      yield* valueChunks(isOmitted(v) ? null : v, space, inner, depth + 1);
      first = false;
    }
    yield first ? '[]' : `${close}]`;
    return;
  }
  const members = Object.entries(value as Record<string, unknown>).filter(([, v]) => !isOmitted(v));
  if (members.length === 0) {
    yield '{}';
    return;
  }
  const colon = space > 0 ? ': ' : ':';
  for (let i = 0; i < members.length; i++) {
    const [key, v] = members[i]!;
    yield `${i === 0 ? '{' : ','}${newline}${JSON.stringify(key)}${colon}`;
    yield* valueChunks(v, space, inner, depth + 1);
  }
  yield `${close}}`;
}

/** The pieces of `JSON.stringify(value, null, space)`, in order. */
export function jsonChunks(value: unknown, space = 0): Generator<string> {
  return valueChunks(value, space, '', 0);
}

/** The reader of the output went away (`diplograph extract … | head`): nothing more to write. */
export class OutputClosedError extends Error {
  constructor(cause?: unknown) {
    super('the output was closed by its reader', { cause });
    this.name = 'OutputClosedError';
  }
}

const isClosedPipe = (error: unknown) =>
  error instanceof Error &&
  ['EPIPE', 'ERR_STREAM_DESTROYED', 'ERR_STREAM_WRITE_AFTER_END'].includes(
    (error as NodeJS.ErrnoException).code ?? '',
  );

/**
 * Writes the chunks to the stream in pieces of about WRITE_CHARS, waiting for 'drain'
 * whenever the stream asks to. A reader that goes away (EPIPE, or the stream closed or
 * destroyed while we wait) ends the writing with OutputClosedError, never a hang; any
 * other stream error is thrown as it is.
 */
export async function writeChunks(
  stream: NodeJS.WritableStream,
  chunks: Iterable<string>,
): Promise<void> {
  let failure: unknown = null;
  const onError = (error: unknown) => (failure ??= error);
  stream.on('error', onError);
  const check = () => {
    if (failure === null) {
      if ((stream as { destroyed?: boolean }).destroyed === true) throw new OutputClosedError();
      return;
    }
    if (isClosedPipe(failure)) throw new OutputClosedError(failure);
    throw failure instanceof Error
      ? failure
      : new Error('the output stream failed', { cause: failure });
  };
  const drained = async () => {
    const closed = new AbortController();
    try {
      await Promise.race([
        once(stream, 'drain', { signal: closed.signal }),
        once(stream, 'close', { signal: closed.signal }),
      ]);
    } catch (error) {
      failure ??= error; // 'error' while waiting
    } finally {
      closed.abort();
    }
    check();
  };
  try {
    let pending = '';
    for (const chunk of chunks) {
      pending += chunk;
      if (pending.length < WRITE_CHARS) continue;
      check();
      if (!stream.write(pending)) await drained();
      pending = '';
    }
    check();
    if (pending.length > 0 && !stream.write(pending)) await drained();
    check();
  } finally {
    stream.off('error', onError);
  }
}
