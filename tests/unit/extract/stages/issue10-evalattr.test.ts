/**
 * Issue #10, rules added for the held-out evaluation's failure classes: groups
 * of several officials, reported speech of joint and single authors. Invented
 * text only (never the evaluation set's).
 */

import { extract, statementsOf } from '../fixtures/run';

const L = 'person:sergei-lavrov';
const W = 'person:wang-yi';

describe('groups across an adverbial about another occasion', () => {
  it.each<[string, string, string[]]>([
    [
      '"Following X\'s call with Y on Friday, …" forms no group: "Both sides" are the talks\' people',
      'Foreign Minister Sergei Lavrov held talks with Wang Yi in Moscow. ' +
        'Following Secretary Antony Blinken’s call with Foreign Minister Ivan Petrov on Friday, the officials reviewed the schedule. ' +
        'Both sides welcomed the progress made on the new trade corridor.',
      [L, W],
    ],
    [
      '"After …" too, and "they"',
      'Foreign Minister Sergei Lavrov held talks with Wang Yi in Moscow. ' +
        'After Secretary Antony Blinken’s meeting with Foreign Minister Ivan Petrov, the officials reviewed the schedule. ' +
        'They welcomed the progress made on the new trade corridor.',
      [L, W],
    ],
    [
      'the people of a main clause after the comma still form the group',
      'Foreign Minister Sergei Lavrov held talks with Wang Yi in Moscow. ' +
        'Following the talks, Secretary Antony Blinken met Foreign Minister Ivan Petrov. ' +
        'Both sides welcomed the progress made on the new trade corridor.',
      ['person:antony-blinken', 'person:ivan-petrov'],
    ],
  ])('%s', (_name, text, speakers) => {
    const graph = extract(text, { publishedAt: '2023-06-19' });
    expect(
      statementsOf(graph)
        .filter((s) => s[2] === 'welcomed')
        .map((s) => s[0])
        .sort(),
    ).toEqual(speakers);
  });
});

describe('auxiliaries around a speech verb', () => {
  it.each<[string, string, [string, string, string, string][]]>([
    [
      '"agreed to have …" keeps "have" in the content',
      'Sergei Lavrov agreed to have another meeting with his colleagues next month.',
      [[L, 'indirect', 'agreed', 'have another meeting with his colleagues next month']],
    ],
    [
      '"continued exchanging views on" keeps its subject',
      'Sergei Lavrov and Wang Yi met in Moscow. The ministers continued exchanging views on the situation in the region.',
      [
        [L, 'indirect', 'exchanging views', 'the situation in the region'],
        [W, 'indirect', 'exchanging views', 'the situation in the region'],
      ],
    ],
    [
      '"has said" still skips the auxiliary before the verb',
      'Sergei Lavrov has said that the talks would continue next month.',
      [[L, 'indirect', 'said', 'the talks would continue next month']],
    ],
  ])('%s', (_name, text, expected) => {
    expect(statementsOf(extract(text, { publishedAt: '2023-06-19' }))).toEqual(expected);
  });
});

describe('an adjunct opening the sentence is not fronted content', () => {
  it.each<[string, string, [string, string, string, string][]]>([
    [
      '"In particular, X expressed …"',
      'In particular, Sergei Lavrov expressed concern about the continuing military operation.',
      [[L, 'indirect', 'expressed', 'concern about the continuing military operation']],
    ],
    [
      '"In addition, X welcomed …"',
      'In addition, Sergei Lavrov welcomed the progress made on the new trade corridor.',
      [[L, 'indirect', 'welcomed', 'the progress made on the new trade corridor']],
    ],
    [
      'fronted content before its attribution stays the statement',
      'Russia will study the text of the agreement very carefully, Sergei Lavrov said.',
      [[L, 'indirect', 'said', 'Russia will study the text of the agreement very carefully']],
    ],
    [
      'long fronted content opening with a lead word stays the statement',
      'In the coming weeks Russia will study the text of the agreement, Sergei Lavrov said.',
      [[L, 'indirect', 'said', 'In the coming weeks Russia will study the text of the agreement']],
    ],
  ])('%s', (_name, text, expected) => {
    expect(statementsOf(extract(text, { publishedAt: '2023-06-19' }))).toEqual(expected);
  });
});

describe('transcript lines that are no one’s words', () => {
  const text =
    'SECRETARY BLINKEN: Thank you all for coming to this meeting today.\n\n' +
    'We will keep working with our partners on the new trade corridor.\n\n' +
    'Q Mr. Secretary, will you travel to Moscow next week?\n\n' +
    'Do you expect a breakthrough at the talks?\n\n' +
    '(Laughter.)\n\n' +
    'SECRETARY BLINKEN: We will see what the coming weeks bring us.\n\n' +
    '(Cross-talk.)\n\n' +
    '2:05 P.M. EDT';

  it('"Q …" opens an anonymous turn; stage directions and the closing time are no statements', () => {
    const graph = extract(text, { publishedAt: '2023-06-19' });
    expect(statementsOf(graph)).toEqual([
      [
        'person:antony-blinken',
        'direct',
        'said',
        'Thank you all for coming to this meeting today.',
      ],
      [
        'person:antony-blinken',
        'direct',
        'said',
        'We will keep working with our partners on the new trade corridor.',
      ],
      ['person:antony-blinken', 'direct', 'said', 'We will see what the coming weeks bring us.'],
    ]);
  });
});

describe('"heads of state (and government)" as a group', () => {
  it.each<[string, string]>([
    ['The two heads of state', 'stressed'],
    ['The heads of state and government', 'stressed'],
    ['The heads of government also', 'stressed'],
  ])('"%s %s …" are the leaders named before', (subject, verb) => {
    const text = `Sergei Lavrov held talks with Wang Yi in Moscow. ${subject} ${verb} the importance of the new trade corridor.`;
    expect(
      statementsOf(extract(text, { publishedAt: '2023-06-19' }))
        .map((s) => s[0])
        .sort(),
    ).toEqual([L, W]);
  });

  it('"heads of the two agencies" is no "heads of state"', () => {
    const text =
      'Sergei Lavrov held talks with Wang Yi in Moscow. The heads of the two agencies stressed the importance of the new trade corridor.';
    expect(statementsOf(extract(text, { publishedAt: '2023-06-19' }))).toEqual([]);
  });
});

describe('"exchanged on" (data/speech-verbs.json)', () => {
  it('"They also exchanged on …" is a report of both', () => {
    const text =
      'Sergei Lavrov held talks with Wang Yi in Moscow. They also exchanged on the situation in the region.';
    expect(statementsOf(extract(text, { publishedAt: '2023-06-19' }))).toEqual([
      [L, 'indirect', 'exchanged', 'the situation in the region'],
      [W, 'indirect', 'exchanged', 'the situation in the region'],
    ]);
  });

  it('"exchanged letters" reports nothing', () => {
    const text = 'Sergei Lavrov and Wang Yi exchanged letters in Moscow.';
    expect(statementsOf(extract(text, { publishedAt: '2023-06-19' }))).toEqual([]);
  });
});

describe('a pronoun after a report goes to its speaker, not to the people in it', () => {
  it.each<[string, string, string]>([
    [
      '"X thanked Y for …. He affirmed that …" is X',
      'Sergei Lavrov thanked Antony Blinken for the support of the United States. He affirmed that Russia would continue the talks.',
      L,
    ],
    [
      '"X said that Y … . He added …" is X',
      'Sergei Lavrov said that Antony Blinken would visit Moscow in the spring. He added that the date was not fixed.',
      L,
    ],
  ])('%s', (_name, text, speaker) => {
    const graph = extract(text, { publishedAt: '2023-06-19' });
    expect(statementsOf(graph).map((s) => s[0])).toEqual([L, speaker]);
  });
});

describe('a first-person media release whose publisher names the minister', () => {
  const publisher = 'Secretary of State of the United States, Antony Blinken (media release 12)';
  const text =
    'Media Release\n\n' +
    'I visited Moscow from 10 to 12 May for talks with Foreign Minister Sergei Lavrov. The talks were long and frank.\n\n' +
    'Sergei Lavrov thanked the United States for the help we offered at the time of the floods. I expressed my appreciation for the cooperation of Russia on the matter.\n\n' +
    'I also briefed Minister Lavrov on my visit to Beijing and discussed other regional issues. We share common concerns in the region and we will work together on them';

  it('each prose paragraph is the minister’s, a report inside another’s is not the author’s, "briefed X on" is a report', () => {
    const graph = extract(text, { publisher, publishedAt: '2023-05-13', title: 'Talks in Moscow' });
    const B = 'person:antony-blinken';
    expect(statementsOf(graph).map((s) => [s[0], s[1], s[2], s[3].slice(0, 30)])).toEqual([
      [B, 'direct', 'stated', 'I visited Moscow from 10 to 12'],
      [B, 'direct', 'stated', 'Sergei Lavrov thanked the Unit'],
      [L, 'indirect', 'thanked', 'the United States for the help'],
      [B, 'indirect', 'expressed', 'my appreciation for the cooper'],
      [B, 'direct', 'stated', 'I also briefed Minister Lavrov'],
      [B, 'indirect', 'briefed', 'my visit to Beijing and discus'],
    ]);
  });

  it('a publisher naming no one, or a third-person text, makes no author', () => {
    expect(
      statementsOf(
        extract(text, { publisher: 'Ministry of Foreign Affairs', publishedAt: '2023-05-13' }),
      ).filter((s) => s[2] === 'stated'),
    ).toEqual([]);
    const third =
      'Media Release\n\nSergei Lavrov visited Beijing for talks with Wang Yi. The talks were long and frank.';
    expect(
      statementsOf(extract(third, { publisher, publishedAt: '2023-05-13' })).filter(
        (s) => s[2] === 'stated',
      ),
    ).toEqual([]);
  });
});

describe('"briefed X on …"', () => {
  it.each<[string, [string, string, string, string][]]>([
    [
      'Sergei Lavrov briefed Wang Yi on the outcome of the talks in Geneva.',
      [[L, 'indirect', 'briefed', 'the outcome of the talks in Geneva']],
    ],
    [
      'The President of Russia briefed Wang Yi on the outcome of the talks in Geneva.',
      [['person:vladimir-putin', 'indirect', 'briefed', 'the outcome of the talks in Geneva']],
    ],
    ['Sergei Lavrov briefed the press in Geneva.', []],
    ['Sergei Lavrov briefed the Security Council on 18 June in New York.', []],
    ['Sergei Lavrov briefed the Security Council on Monday in New York.', []],
    ['Sergei Lavrov briefed reporters after the talks.', []],
  ])('%j', (text, expected) => {
    expect(statementsOf(extract(text, { publishedAt: '2021-05-17' }))).toEqual(expected);
  });
});
