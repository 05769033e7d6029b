/** The review mutations' argument checks (pure, before any Cypher runs). */
import { ApiError } from '../../../../src/api/api-error';
import {
  MAX_TOPICS,
  MAX_WHY_LENGTH,
  checkAct,
  checkId,
  checkIds,
  checkSplitTarget,
  checkWhy,
} from '../../../../src/api/review/arguments';

const refusal = (run: () => unknown): [string, string] | null => {
  try {
    run();
    return null;
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    return [error.code, error.message];
  }
};

describe('checkWhy', () => {
  test.each([
    ['  the quote is in paragraph 4  ', 'the quote is in paragraph 4'],
    ['x', 'x'],
    ['a'.repeat(MAX_WHY_LENGTH), 'a'.repeat(MAX_WHY_LENGTH)],
  ])('%j → %j', (input, expected) => {
    expect(checkWhy(input)).toBe(expected);
  });
  test.each([
    ['', /why: say why/],
    ['   \n ', /why: say why/],
    [null, /why: say why/],
    [42, /why: say why/],
    ['a'.repeat(MAX_WHY_LENGTH + 1), /at most 2000 characters; found 2001/],
  ])('%j is refused', (input, message) => {
    expect(refusal(() => checkWhy(input))).toEqual([
      'BAD_USER_INPUT',
      expect.stringMatching(message),
    ]);
  });
});

describe('checkId', () => {
  test.each([
    ['stmt:abc', 'stmt:', 'stmt:abc'],
    [' person:sergei-lavrov ', 'person:', 'person:sergei-lavrov'],
    ['topic:sanctions', 'topic:', 'topic:sanctions'],
  ] as const)('%j as %s', (input, prefix, expected) => {
    expect(checkId('id', input, prefix)).toBe(expected);
  });
  test.each([
    ['person:sergei-lavrov', 'stmt:'],
    ['stmt:', 'stmt:'],
    ['', 'person:'],
    [undefined, 'person:'],
    [`stmt:${'x'.repeat(300)}`, 'stmt:'],
  ] as const)('%j is not a %s id', (input, prefix) => {
    expect(refusal(() => checkId('speaker', input, prefix))).toEqual([
      'BAD_USER_INPUT',
      expect.stringMatching(new RegExp(`^speaker: expected an id such as "${prefix}`)),
    ]);
  });
});

describe('checkIds', () => {
  test('distinct, in the order given', () => {
    expect(
      checkIds('topics', ['topic:b', 'topic:a', 'topic:b'], 'topic:', { max: MAX_TOPICS }),
    ).toEqual(['topic:b', 'topic:a']);
    expect(checkIds('topics', [], 'topic:', { max: MAX_TOPICS })).toEqual([]);
  });
  test.each([
    ['not a list', 'topic:a', { max: 5 }, /expected a list/],
    ['a bad element', ['topic:a', 'sanctions'], { max: 5 }, /topics\[1\]: expected an id/],
    ['too many', ['topic:a', 'topic:b', 'topic:c'], { max: 2 }, /at most 2 ids; found 3/],
    ['too few', [], { max: 2, min: 1 }, /at least 1 id/],
  ])('%s is refused', (_name, input, limits, message) => {
    expect(refusal(() => checkIds('topics', input, 'topic:', limits))).toEqual([
      'BAD_USER_INPUT',
      expect.stringMatching(message),
    ]);
  });
});

test('checkAct: one of the speech acts', () => {
  expect(checkAct('WARNING')).toBe('WARNING');
  for (const value of ['warning', 'PRAISE', '', null])
    expect(refusal(() => checkAct(value))).toEqual([
      'BAD_USER_INPUT',
      expect.stringMatching(/^act: expected one of ASSERTION, DEMAND/),
    ]);
});

describe('checkSplitTarget', () => {
  test('an existing person, or a new one named', () => {
    expect(checkSplitTarget('person:a', 'person:b', null)).toEqual({
      into: 'person:b',
      create: null,
    });
    expect(checkSplitTarget('person:a', undefined, '  Maria   Zakharova ')).toEqual({
      into: null,
      create: { id: 'person:maria-zakharova', name: 'Maria Zakharova' },
    });
  });
  test.each([
    ['neither', null, null, /either `into`/],
    ['both', 'person:b', 'Maria Zakharova', /either `into`/],
    ['into the same person', 'person:a', null, /already belong to person:a/],
    ['into something else', 'topic:x', null, /into: expected an id/],
    ['a name without a letter', null, ' -- ', /name: the new person's name/],
  ])('%s is refused', (_name, into, name, message) => {
    expect(refusal(() => checkSplitTarget('person:a', into, name))).toEqual([
      'BAD_USER_INPUT',
      expect.stringMatching(message),
    ]);
  });
});
