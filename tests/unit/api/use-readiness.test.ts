import type { Driver } from 'neo4j-driver';
import { useReadiness } from '../../../src/api/plugins/use-readiness';
import { tinyYoga } from './tiny-yoga';

const driverThat = (executeQuery: () => Promise<unknown>) =>
  ({ executeQuery }) as unknown as Driver;

async function ready(driver: Driver) {
  const yoga = tinyYoga([useReadiness({ driver, database: undefined, timeoutMs: 200 })]);
  const response = await yoga.fetch('http://localhost/ready');
  return { status: response.status, body: await response.json() };
}

test('200 when Neo4j answers', async () => {
  expect(await ready(driverThat(() => Promise.resolve({ records: [] })))).toEqual({
    status: 200,
    body: { status: 'ready', neo4j: true },
  });
});

test('503 when Neo4j fails, without its error message', async () => {
  const result = await ready(driverThat(() => Promise.reject(new Error('secret host name'))));
  expect(result).toEqual({ status: 503, body: { status: 'unavailable', neo4j: false } });
});

test('503 when Neo4j does not answer in time', async () => {
  const result = await ready(driverThat(() => new Promise(() => undefined)));
  expect(result.status).toBe(503);
});

test('/health answers without asking Neo4j', async () => {
  const executeQuery = jest.fn();
  const yoga = tinyYoga([useReadiness({ driver: driverThat(executeQuery), database: undefined })]);
  expect((await yoga.fetch('http://localhost/health')).status).toBe(200);
  expect(executeQuery).not.toHaveBeenCalled();
});
