/**
 * A log sink that writes its lines to a stream once per turn of the event loop, joined, not
 * one write each: under load the request log was one system call per request (about 6% of
 * the server's CPU on the lookup bench). Lines keep their order; `flush()` writes what is
 * waiting at once (before other output, and at shutdown).
 */
import type { LogSink } from './plugins/use-request-log';

export interface LineWriter {
  log: LogSink;
  flush(): void;
}

export function createLineWriter(stream: NodeJS.WritableStream): LineWriter {
  let waiting: string[] = [];
  let scheduled: NodeJS.Immediate | null = null;
  const flush = () => {
    if (scheduled !== null) clearImmediate(scheduled);
    scheduled = null;
    if (waiting.length === 0) return;
    const text = `${waiting.join('\n')}\n`;
    waiting = [];
    stream.write(text);
  };
  return {
    log(line) {
      waiting.push(line);
      scheduled ??= setImmediate(flush);
    },
    flush,
  };
}
