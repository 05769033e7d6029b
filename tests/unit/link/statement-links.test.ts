/**
 * How the link step picks each statement's candidates from the statements of its batch's
 * windows (src/link/statement-links.ts chooseCandidates, windowRanges): the same choice the
 * per-statement index seeks made — window bounds, speaker, shared topic, the nearest 200.
 */
import { chooseCandidates, windowRanges, type LinkKey } from '../../../src/link/statement-links';

let n = 0;
function key(over: Partial<LinkKey> & { day: string | null }): LinkKey {
  n += 1;
  const { day, ...rest } = over;
  const id = `stmt:${String(n).padStart(4, '0')}`;
  return {
    id,
    speaker: 'person:a',
    sortKey: `${day ?? '0000-00-00'}|${day ?? '0000-00-00'}|doc:${n}|0000000000|${id}`,
    date: day,
    text: '',
    topics: ['topic:t'],
    ...rest,
  };
}

const ids = (keys: readonly LinkKey[]) => keys.map((k) => k.id);

function candidatesOf(s: LinkKey, rows: LinkKey[], cap?: number): string[] {
  const found = chooseCandidates([s], [s, ...rows], cap).find((c) => c.statement.id === s.id);
  return found === undefined ? [] : ids(found.candidates);
}

test('same speaker: 365 days either side by the sortKey day, itself never', () => {
  const s = key({ day: '2021-06-01' });
  const inside = [key({ day: '2020-06-01' }), key({ day: '2022-06-01' })];
  const outside = [key({ day: '2020-05-31' }), key({ day: '2022-06-02' })];
  expect(candidatesOf(s, [...inside, ...outside]).sort()).toEqual(ids(inside).sort());
});

test('other speakers: 14 days either side by the date, never the same speaker beyond', () => {
  const s = key({ day: '2021-06-15' });
  const inside = [
    key({ day: '2021-06-01', speaker: 'person:b' }),
    key({ day: '2021-06-29', speaker: 'person:c' }),
  ];
  const outside = [
    key({ day: '2021-05-31', speaker: 'person:b' }),
    key({ day: '2021-06-30', speaker: 'person:b' }),
    key({ day: '2021-06-15', speaker: null }),
  ];
  expect(candidatesOf(s, [...inside, ...outside]).sort()).toEqual(ids(inside).sort());
});

test('only statements sharing a topic; a statement without topics has none', () => {
  const s = key({ day: '2021-06-15', topics: ['topic:t', 'topic:u'] });
  const shares = key({ day: '2021-06-16', topics: ['topic:u'] });
  const other = key({ day: '2021-06-16', topics: ['topic:v'] });
  expect(candidatesOf(s, [shares, other])).toEqual([shares.id]);
  expect(candidatesOf(key({ day: '2021-06-15', topics: [] }), [shares])).toEqual([]);
});

test('a statement without a date of its own: same-speaker candidates by its sortKey day only', () => {
  const s = { ...key({ day: '2021-06-15' }), date: null };
  const same = key({ day: '2021-06-20' });
  const other = key({ day: '2021-06-20', speaker: 'person:b' });
  expect(candidatesOf(s, [same, other])).toEqual([same.id]);
  expect(candidatesOf(key({ day: null }), [same, other])).toEqual([]);
});

test('at most the cap per window, nearest first, then by sortKey', () => {
  const s = key({ day: '2021-06-15' });
  const far = key({ day: '2021-01-01' });
  const nearLater = key({ day: '2021-06-16' });
  const nearEarlier = key({ day: '2021-06-14' });
  expect(candidatesOf(s, [far, nearLater, nearEarlier], 2)).toEqual([nearEarlier.id, nearLater.id]);
});

test('windows merged into disjoint ranges, each range read once', () => {
  const a = key({ day: '2021-06-01' });
  const b = key({ day: '2021-06-20' });
  const c = key({ day: '2022-01-01', speaker: 'person:b' });
  const ranges = windowRanges([a, b, c, key({ day: '2021-06-05', topics: [] })]);
  expect(ranges.byDate).toEqual([
    { from: '2021-05-18', to: '2021-07-04' },
    { from: '2021-12-18', to: '2022-01-15' },
  ]);
  expect(ranges.bySpeaker).toEqual([
    { speaker: 'person:a', from: '2020-06-01', to: '2022-06-21' },
    { speaker: 'person:b', from: '2021-01-01', to: '2023-01-02' },
  ]);
});
