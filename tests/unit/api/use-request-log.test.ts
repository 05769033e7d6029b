import { useRequestLog } from '../../../src/api/plugins/use-request-log';
import { post, tinyYoga } from './tiny-yoga';

test('one JSON line per request with method, path, status, duration, operation, errors and id', async () => {
  const lines: string[] = [];
  const yoga = tinyYoga([useRequestLog({ log: (l) => lines.push(l) })]);
  const { response } = await post(
    yoga,
    { query: 'query Greeting { hello boom }', operationName: 'Greeting' },
    { 'x-request-id': 'req-42' },
  );
  expect(response.headers.get('x-request-id')).toBe('req-42');
  expect(lines).toHaveLength(1);
  const line = JSON.parse(lines[0]!);
  expect(line).toMatchObject({
    level: 'info',
    msg: 'request',
    requestId: 'req-42',
    method: 'POST',
    path: '/graphql',
    status: 200,
    operation: 'Greeting',
    errors: 1,
  });
  expect(typeof line.durationMs).toBe('number');
  expect(Date.parse(line.time)).not.toBeNaN();
});

test('a request id that is not a plain token is replaced by a new one', async () => {
  const lines: string[] = [];
  const yoga = tinyYoga([useRequestLog({ log: (l) => lines.push(l) })]);
  const { response } = await post(yoga, { query: '{ hello }' }, { 'x-request-id': 'a b\nc' });
  const id = response.headers.get('x-request-id');
  expect(id).toMatch(/^[0-9a-f-]{36}$/);
  expect(JSON.parse(lines[0]!).requestId).toBe(id);
  expect(JSON.parse(lines[0]!).operation).toBeNull();
});
