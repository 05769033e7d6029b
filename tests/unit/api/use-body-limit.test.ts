import { useBodyLimit } from '../../../src/api/plugins/use-body-limit';
import { post, tinyYoga } from './tiny-yoga';

const yoga = tinyYoga([useBodyLimit({ maxBytes: 1024 })]);

test('a body within the limit is served', async () => {
  const { status, json } = await post(yoga, { query: '{ hello }' });
  expect(status).toBe(200);
  expect(json).toEqual({ data: { hello: 'hello world' } });
});

test('a declared Content-Length above the limit is refused with 413 before reading', async () => {
  const { status, json } = await post(yoga, { query: `{ hello }${' '.repeat(2000)}` });
  expect(status).toBe(413);
  expect(json.errors[0].extensions.code).toBe('REQUEST_TOO_LARGE');
  expect(json.errors[0].message).toMatch(/larger than the 1024 bytes/);
});

test('a streamed body without Content-Length is cut off at the limit', async () => {
  const chunk = new TextEncoder().encode(' '.repeat(512));
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      // Endless: only the limit can stop it.
      sent += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  const response = await yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    duplex: 'half',
  } as RequestInit);
  expect(response.status).toBe(413);
  const json = (await response.json()) as { errors: { extensions: { code: string } }[] };
  expect(json.errors[0]!.extensions.code).toBe('REQUEST_TOO_LARGE');
  expect(sent).toBeLessThan(4096);
});

test.each([
  ['application/graphql', '{ hello }', 200, null],
  [
    'application/x-www-form-urlencoded',
    new URLSearchParams({
      query: 'query($n: String) { hello(name: $n) }',
      variables: '{"n":"form"}',
    }).toString(),
    200,
    null,
  ],
  ['application/json', '{"query": ', 400, 'BAD_REQUEST'],
  ['application/json', '[{"query": "{ hello }"}]', 400, 'BAD_REQUEST'],
  ['text/plain', '{ hello }', 415, 'UNSUPPORTED_MEDIA_TYPE'],
  ['multipart/form-data; boundary=x', '--x--', 415, 'UNSUPPORTED_MEDIA_TYPE'],
])('%s %j → %i %s', async (type, body, expected, code) => {
  const { status, json } = await post(yoga, body, { 'content-type': type });
  expect(status).toBe(expected);
  if (expected === 200) expect(json.data.hello).toMatch(/^hello/);
  else {
    expect(json.errors[0].message).toBeTruthy();
    expect(json.errors[0].extensions.code).toBe(code);
  }
});

test('GET requests are left to yoga', async () => {
  const response = await yoga.fetch('http://localhost/graphql?query=%7B%20hello%20%7D', {
    headers: { accept: 'application/json' },
  });
  expect(await response.json()).toEqual({ data: { hello: 'hello world' } });
});
