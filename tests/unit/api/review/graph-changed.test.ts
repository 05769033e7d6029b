/** A review mutation's version reaches the result cache of its process at once. */
import { trackGraphChanges } from '../../../../src/api/review/graph-changed';

test('the higher of the polled version and the last one a mutation committed', async () => {
  let polled: unknown = 4;
  const graph = trackGraphChanges(() => Promise.resolve(polled));
  expect(await graph.version()).toBe(4);
  graph.graphChanged(5);
  expect(await graph.version()).toBe(5); // the poll has not seen it yet
  polled = 5;
  expect(await graph.version()).toBe(5);
  polled = 7; // a load elsewhere
  expect(await graph.version()).toBe(7);
  graph.graphChanged(6); // an older answer changes nothing
  expect(await graph.version()).toBe(7);
});

test('before the first load (no version yet) a mutation version counts', async () => {
  const graph = trackGraphChanges(() => Promise.resolve(null));
  expect(await graph.version()).toBeNull();
  graph.graphChanged(1);
  expect(await graph.version()).toBe(1);
});
