import { PassThrough } from 'node:stream';
import { createLineWriter } from '../../../src/api/line-writer';

function capture() {
  const stream = new PassThrough();
  const writes: string[] = [];
  stream.on('data', (chunk: Buffer) => writes.push(chunk.toString()));
  return { stream, writes };
}

const turn = () => new Promise((resolve) => setImmediate(resolve));

test('lines logged in one turn are written together, in order, once', async () => {
  const { stream, writes } = capture();
  const { log } = createLineWriter(stream);
  log('{"a":1}');
  log('{"b":2}');
  expect(writes).toEqual([]);
  await turn();
  await turn();
  expect(writes).toEqual(['{"a":1}\n{"b":2}\n']);
  log('{"c":3}');
  await turn();
  await turn();
  expect(writes.join('')).toBe('{"a":1}\n{"b":2}\n{"c":3}\n');
});

test('flush writes what waits at once, and nothing when nothing waits', async () => {
  const { stream, writes } = capture();
  const lines = createLineWriter(stream);
  lines.flush();
  lines.log('x');
  lines.flush();
  await turn();
  await turn();
  expect(writes).toEqual(['x\n']);
});
