/**
 * The pure scoring of statement links (src/link/score-links.ts), rule by rule, with the
 * negative cases: a table of pairs and the links they get.
 */
import { contentVector, pairSimilarity } from '../../../src/link/similarity';
import {
  alikeEnough,
  frameOf,
  isNegated,
  MIN_LINK_SIMILARITY,
  reiterationCue,
  responseCue,
  scorePair,
  statementFrame,
  type LinkStatement,
} from '../../../src/link/score-links';

let n = 0;
function statement(over: Partial<LinkStatement> & { day: string }): LinkStatement {
  n += 1;
  const { day, ...rest } = over;
  return {
    id: `stmt:${n}`,
    speaker: 'person:sergei-lavrov',
    sortKey: `${day}|${day}|doc:${n}|0000000000`,
    documentId: `doc:${n}`,
    start: 0,
    end: 10,
    text: '',
    verb: 'said',
    frame: '',
    topics: ['topic:strategic-stability'],
    mentions: [],
    addressees: [],
    sides: ['country:ru'],
    act: 'ASSERTION',
    polarity: 'NEUTRAL',
    ...rest,
  };
}

const TABLE = 'Everything that affects strategic stability should be on the negotiating table';
const MILLER = { speaker: 'person:matthew-miller', sides: ['country:us'] };

test.each<[string, LinkStatement, LinkStatement, string[]]>([
  [
    'a restatement by the same speaker → REITERATES',
    statement({ day: '2021-05-17', text: TABLE.replace('should', 'must') }),
    statement({ day: '2021-04-01', text: TABLE }),
    ['REITERATES'],
  ],
  [
    'the same words 400 days later: outside the window',
    statement({ day: '2022-05-06', text: TABLE }),
    statement({ day: '2021-04-01', text: TABLE.replace('should', 'must') }),
    [],
  ],
  [
    'no shared topic: never compared',
    statement({ day: '2021-05-17', text: TABLE, topics: ['topic:sanctions'] }),
    statement({ day: '2021-04-01', text: TABLE }),
    [],
  ],
  [
    'one utterance (overlapping spans in one document): no link',
    { ...statement({ day: '2021-05-17', text: TABLE }), documentId: 'doc:same', start: 0, end: 80 },
    {
      ...statement({ day: '2021-05-17', text: TABLE }),
      documentId: 'doc:same',
      start: 10,
      end: 60,
    },
    [],
  ],
  [
    'another speaker answering "in response to", naming Russia → RESPONDS_TO',
    statement({
      day: '2024-03-07',
      ...MILLER,
      text: 'the United States is not preparing to deploy missiles that undermine strategic stability',
      frame: 'In response to Lavrov, Miller said the United States is not preparing …',
      mentions: ['country:ru'],
    }),
    statement({
      day: '2024-03-04',
      text: 'the United States is preparing to deploy missiles that undermine strategic stability',
    }),
    ['CONTRADICTS', 'RESPONDS_TO'],
  ],
  [
    'another speaker 20 days later: outside the 14-day window',
    statement({
      day: '2024-03-24',
      ...MILLER,
      text: 'missiles undermine strategic stability',
      frame: 'In response to Lavrov …',
    }),
    statement({ day: '2024-03-04', text: 'missiles undermine strategic stability' }),
    [],
  ],
  [
    'a colleague of the same side is not another party: no RESPONDS_TO',
    statement({
      day: '2024-03-07',
      speaker: 'person:maria-zakharova',
      text: 'missiles in Europe undermine strategic stability',
      frame:
        'Commenting on the minister, Zakharova said missiles in Europe undermine strategic stability.',
    }),
    statement({ day: '2024-03-04', text: 'missiles in Europe undermine strategic stability' }),
    [],
  ],
  [
    'a response cue with words unlike the earlier statement: no RESPONDS_TO',
    statement({
      day: '2024-03-07',
      ...MILLER,
      text: 'Washington poses no threat',
      frame: 'Responding to Lavrov, Miller said Washington poses no threat.',
      mentions: ['country:ru'],
    }),
    statement({ day: '2024-03-04', text: TABLE }),
    [],
  ],
  [
    'opposite stances between the same parties → CONTRADICTS',
    statement({
      day: '2021-06-01',
      text: 'cooperation with Washington on strategic stability is impossible now',
      polarity: 'ADVERSARIAL',
    }),
    statement({
      day: '2021-05-17',
      text: 'cooperation with Washington on strategic stability is possible',
      polarity: 'COOPERATIVE',
    }),
    ['CONTRADICTS'],
  ],
])('%s', (_, a, b, types) => {
  const edges = scorePair(a, b);
  expect(edges.map((e) => e.type).sort()).toEqual(types);
  // The same edges whichever statement comes first.
  expect(scorePair(b, a)).toEqual(edges);
  for (const e of edges) {
    expect(e.from).toBe(a.sortKey > b.sortKey ? a.id : b.id);
    expect(e.score).toBeGreaterThan(0);
    expect(e.score).toBeLessThanOrEqual(1);
    expect(e.reason).toMatch(/topic:topic:[a-z-]+; similarity:[\d.]+$/);
  }
});

test('a reiteration cue adds 0.25 and is named in the reason', () => {
  const earlier = statement({ day: '2021-04-01', text: TABLE });
  const plain = statement({ day: '2021-05-17', text: `Russia thinks ${TABLE.toLowerCase()}` });
  const cued = { ...plain, frame: `Russia has repeatedly stated that ${TABLE.toLowerCase()}` };
  const [without] = scorePair(plain, earlier);
  const [withCue] = scorePair(cued, earlier);
  expect(withCue!.score).toBeCloseTo(Math.min(1, without!.score + 0.25), 3);
  expect(withCue!.reason).toMatch(/^cue:repeatedly stated; /);
});

test.each<[string, string | null, string | null]>([
  ['Russia has repeatedly stated its approach', 'repeatedly stated', null],
  ['As I said in Singapore, the chance is there', 'as i said', null],
  ['He once again made a strong remark', 'once again', null],
  ['In response, President Trump said', null, 'in response'],
  ['commenting on the upcoming meeting', null, 'commenting on'],
  ['He dismissed the claims as baseless', null, 'dismissed'],
  ['Russia will judge by deeds', null, null],
  ['an unresponsive reply', null, null],
])('cues in %j', (text, reiteration, response) => {
  const s = statement({ day: '2021-05-17', text });
  expect(reiterationCue(s)).toBe(reiteration);
  expect(responseCue(s)).toBe(response);
});

test.each<[string, boolean]>([
  ['Russia has never violated the treaty', true],
  ["we don't accept it", true],
  ['the claims are baseless', true],
  ['nothing is final until everything is final', true],
  ['Russia complied with the treaty', false],
  ['a notable step', false],
])('isNegated(%j) → %s', (text, negated) => {
  expect(isNegated(text)).toBe(negated);
});

test('the frame is the sentence around the statement, attribution after a quote included', () => {
  const doc = 'First sentence. “We will decide,” he said in response to Blinken. Next one.';
  const start = doc.indexOf('We');
  const end = doc.indexOf(',”');
  expect(statementFrame(doc, start, end)).toBe('“We will decide,” he said in response to Blinken.');
  expect(frameOf('', 'alone', '')).toBe('alone');
});

test('no link under MIN_LINK_SIMILARITY, whatever else the pair has (the link step drops such pairs unread)', () => {
  // One content word in common of ten each: similarity 0.1.
  const later =
    'As I said, in response to Lavrov we never accepted sanctions: baseless, wrong, unfair, dangerous claims';
  const earlier =
    'Moscow proposed sanctions yesterday alongside treaties, missiles, inspections, borders, pipelines, grain';
  const a = statement({
    day: '2021-05-17',
    text: later,
    verb: 'reiterated',
    act: 'DENIAL',
    polarity: 'ADVERSARIAL',
    topics: ['topic:strategic-stability', 'topic:sanctions'],
    mentions: ['person:sergei-lavrov'],
  });
  const b = statement({
    day: '2021-05-16',
    text: earlier,
    polarity: 'COOPERATIVE',
    topics: ['topic:strategic-stability', 'topic:sanctions'],
  });
  expect(contentVectorSimilarity(a, b)).toBeLessThan(MIN_LINK_SIMILARITY);
  expect(alikeEnough(contentVector(a.text), contentVector(b.text))).toBe(false);
  expect(scorePair(a, b)).toEqual([]);
  expect(scorePair({ ...a, ...MILLER }, b)).toEqual([]);
  // The same evidence with the words in common: links.
  expect(scorePair({ ...a, text: `${later} ${earlier}` }, b).length).toBeGreaterThan(0);
});

function contentVectorSimilarity(a: LinkStatement, b: LinkStatement): number {
  return pairSimilarity(a.text, b.text);
}
