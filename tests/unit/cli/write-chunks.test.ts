/**
 * writeChunks when the reader goes away (`diplograph extract … | head`): it ends with
 * OutputClosedError instead of a stack trace or a hang; other stream errors pass through.
 */
import { Writable } from 'node:stream';
import { OutputClosedError, writeChunks } from '../../../src/cli/json-stream';

const pieces = (n: number) => Array.from({ length: n }, () => 'x'.repeat(64 * 1024));

/** A stream that takes `accepted` writes, then fails every write with `code`. */
function failingAfter(accepted: number, code: string): Writable {
  let writes = 0;
  return new Writable({
    highWaterMark: 1,
    write(_chunk, _encoding, callback) {
      writes += 1;
      if (writes <= accepted) setImmediate(callback);
      else callback(Object.assign(new Error(`write ${code}`), { code }));
    },
  });
}

test('a reader that closes the pipe (EPIPE) ends the writing with OutputClosedError', async () => {
  await expect(writeChunks(failingAfter(2, 'EPIPE'), pieces(10))).rejects.toBeInstanceOf(
    OutputClosedError,
  );
});

test('a stream destroyed while the writer waits for drain ends it, never a hang', async () => {
  const stream = new Writable({ highWaterMark: 1, write: () => undefined }); // never drains
  setTimeout(() => stream.destroy(), 20);
  await expect(writeChunks(stream, pieces(3))).rejects.toBeInstanceOf(OutputClosedError);
});

test('other stream errors are thrown as they are', async () => {
  const error = writeChunks(failingAfter(1, 'ENOSPC'), pieces(10));
  await expect(error).rejects.toThrow('write ENOSPC');
  await expect(error).rejects.not.toBeInstanceOf(OutputClosedError);
});

test('a stream that keeps up gets every chunk in order', async () => {
  const received: string[] = [];
  const stream = new Writable({
    highWaterMark: 1,
    write(chunk: Buffer, _encoding, callback) {
      received.push(chunk.toString());
      setImmediate(callback);
    },
  });
  await writeChunks(stream, ['a', 'b', 'x'.repeat(70 * 1024), 'c']);
  expect(received.join('')).toBe(`ab${'x'.repeat(70 * 1024)}c`);
});
