import { startServer } from '../../../src/api/server';
import { tinyYoga } from './tiny-yoga';

const query = (origin: string, q: string) =>
  fetch(`${origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: q }),
  });

test('listens on a free port and serves', async () => {
  const server = await startServer({
    handler: tinyYoga([]),
    port: 0,
    host: '127.0.0.1',
    shutdownTimeoutMs: 1000,
  });
  try {
    expect(server.origin).toBe(`http://localhost:${server.port}`);
    const response = await query(`http://127.0.0.1:${server.port}`, '{ hello }');
    expect(await response.json()).toEqual({ data: { hello: 'hello world' } });
  } finally {
    await server.close();
  }
});

test('close(): stops accepting, lets the request in flight finish, then runs onClose', async () => {
  const events: string[] = [];
  const yoga = tinyYoga([]);
  const server = await startServer({
    // The order is the server's: the response written in full, then onClose. (The client's
    // `fetch` resolving is a later tick of this same process, and may come after onClose.)
    handler: (request, response) => {
      response.on('finish', () => events.push('response'));
      return yoga(request, response);
    },
    port: 0,
    host: '127.0.0.1',
    shutdownTimeoutMs: 5000,
    onClose: () => {
      events.push('onClose');
      return Promise.resolve();
    },
  });
  const origin = `http://127.0.0.1:${server.port}`;
  const inFlight = query(origin, '{ slow(ms: 400) }').then((r) => r.json());
  await new Promise((resolve) => setTimeout(resolve, 100));
  const closed = server.close().then(() => events.push('closed'));
  expect(server.close()).toBe(server.close());
  await new Promise((resolve) => setTimeout(resolve, 50));
  await expect(query(origin, '{ hello }')).rejects.toThrow();
  expect(await inFlight).toEqual({ data: { slow: 'slept 400 ms' } });
  await closed;
  expect(events).toEqual(['response', 'onClose', 'closed']);
});

test('close(): a request that outlives the shutdown timeout is cut off', async () => {
  const server = await startServer({
    handler: tinyYoga([]),
    port: 0,
    host: '127.0.0.1',
    shutdownTimeoutMs: 100,
  });
  const inFlight = query(`http://127.0.0.1:${server.port}`, '{ slow(ms: 3000) }');
  await new Promise((resolve) => setTimeout(resolve, 100));
  const began = Date.now();
  await server.close();
  expect(Date.now() - began).toBeLessThan(2000);
  await expect(inFlight).rejects.toThrow();
});

test('a taken port is an error with code EADDRINUSE', async () => {
  const first = await startServer({
    handler: tinyYoga([]),
    port: 0,
    host: '127.0.0.1',
    shutdownTimeoutMs: 100,
  });
  try {
    await expect(
      startServer({
        handler: tinyYoga([]),
        port: first.port,
        host: '127.0.0.1',
        shutdownTimeoutMs: 100,
      }),
    ).rejects.toMatchObject({ code: 'EADDRINUSE' });
  } finally {
    await first.close();
  }
});
