import { createVersionPoll } from '../../../src/api/version-poll';

let clock = 0;
let reads = 0;
let answer: () => Promise<unknown>;

beforeEach(() => {
  clock = 0;
  reads = 0;
  answer = () => Promise.resolve(reads);
});

function poll(intervalMs: number, timeoutMs = 1000) {
  return createVersionPoll({
    read: () => {
      reads += 1;
      return answer();
    },
    intervalMs,
    timeoutMs,
    now: () => clock,
  });
}

test('read at most once per interval, however many calls', async () => {
  const version = poll(1000);
  expect(await version()).toBe(1);
  clock = 999;
  expect(await Promise.all([version(), version(), version()])).toEqual([1, 1, 1]);
  clock = 1000;
  expect(await version()).toBe(2);
  expect(reads).toBe(2);
});

test('calls while a read runs share it', async () => {
  const version = poll(1000);
  let release: (value: unknown) => void = () => undefined;
  answer = () => new Promise((resolve) => (release = resolve));
  const waiting = [version(), version()];
  clock = 5000;
  waiting.push(version());
  await new Promise((resolve) => setImmediate(resolve));
  release('v1');
  expect(await Promise.all(waiting)).toEqual(['v1', 'v1', 'v1']);
  expect(reads).toBe(1);
});

test('interval 0: read for every call', async () => {
  const version = poll(0);
  await version();
  await version();
  expect(reads).toBe(2);
});

test('a failed read keeps the last value and is tried again after the interval', async () => {
  const version = poll(1000);
  expect(await version()).toBe(1);
  answer = () => Promise.reject(new Error('Neo4j is down'));
  clock = 1000;
  expect(await version()).toBe(1);
  clock = 1500;
  expect(await version()).toBe(1);
  expect(reads).toBe(2);
  answer = () => Promise.resolve('back');
  clock = 2000;
  expect(await version()).toBe('back');
});

test('a read slower than the timeout: callers go on with the last value; a late answer never overwrites a newer one', async () => {
  const version = poll(0, 20);
  expect(await version()).toBe(1);
  let releaseSlow: (value: unknown) => void = () => undefined;
  answer = () => new Promise((resolve) => (releaseSlow = resolve));
  expect(await version()).toBe(1);
  const slow = releaseSlow;
  answer = () => Promise.resolve('newer');
  expect(await version()).toBe('newer');
  slow('older');
  await new Promise((resolve) => setTimeout(resolve, 5));
  answer = () => new Promise(() => undefined);
  expect(await version()).toBe('newer');
});
