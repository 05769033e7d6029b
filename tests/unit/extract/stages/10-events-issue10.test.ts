import { extract } from '../fixtures/run';

type Row = [string, string | null, string | null, string, string[]];

function events(text: string): Row[] {
  return extract(text).events.map((e) => [e.kind, e.place, e.date, e.status, e.participants]);
}

const L = 'person:sergei-lavrov';
const B = 'person:antony-blinken';

/** Stage 10, issue #10 (rows kept apart from 10-events.test.ts to keep files short): calls, planned vs held, visits, the margins of a summit, formats of talks, one event told twice. */
describe('event rules (issue #10)', () => {
  const W = 'person:wang-yi';
  const P = 'person:vladimir-putin';
  it.each<[string, Row[]]>([
    // a call: subject and object, held, dated by the document unless the sentence says otherwise
    [
      'Antony Blinken spoke with Sergei Lavrov today.',
      [['PhoneCall', null, '2021-05-17', 'held', [B, L]]],
    ],
    [
      'Sergei Lavrov spoke by telephone with Antony Blinken on Monday.',
      [['PhoneCall', null, '2021-05-17', 'held', [B, L]]],
    ],
    [
      'Sergei Lavrov held a telephone conversation with Wang Yi.',
      [['PhoneCall', null, '2021-05-17', 'held', [L, W]]],
    ],
    [
      'Sergei Lavrov had a call with Antony Blinken.',
      [['PhoneCall', null, '2021-05-17', 'held', [B, L]]],
    ],
    [
      'Vladimir Putin and Wang Yi held a video call.',
      [['PhoneCall', null, '2021-05-17', 'held', [P, W]]],
    ],
    [
      'Sergei Lavrov had a telephone talk with Wang Yi.',
      [['PhoneCall', null, '2021-05-17', 'held', [L, W]]],
    ],
    [
      'Sergei Lavrov telephoned Antony Blinken.',
      [['PhoneCall', null, '2021-05-17', 'held', [B, L]]],
    ],
    [
      'Sergei Lavrov talked by phone with Wang Yi.',
      [['PhoneCall', null, '2021-05-17', 'held', [L, W]]],
    ],
    [
      'Sergei Lavrov met Antony Blinken in Moscow. Later, the two ministers spoke by phone.',
      [
        ['Meeting', 'place:moscow', '2021-05-17', 'held', [B, L]],
        ['PhoneCall', null, '2021-05-17', 'held', [B, L]],
      ],
    ],
    [
      'Sergei Lavrov held a conversation by telephone with Wang Yi.',
      [['PhoneCall', null, '2021-05-17', 'held', [L, W]]],
    ],
    [
      'Sergei Lavrov held a telephone meeting with Wang Yi.',
      [['PhoneCall', null, '2021-05-17', 'held', [L, W]]],
    ],
    [
      'Sergei Lavrov hosted a call with Wang Yi.',
      [['PhoneCall', null, '2021-05-17', 'held', [L, W]]],
    ],
    ['Sergei Lavrov made a call for calm.', []],
    [
      'Sergei Lavrov held consultations with Wang Yi in Moscow.',
      [['Talks', 'place:moscow', '2021-05-17', 'held', [L, W]]],
    ],
    [
      'Sergei Lavrov received a telephone call from Wang Yi.',
      [['PhoneCall', null, '2021-05-17', 'held', [L, W]]],
    ],
    [
      'Vladimir Putin received Wang Yi in Moscow.',
      [['Meeting', 'place:moscow', '2021-05-17', 'held', [P, W]]],
    ],
    ['Sergei Lavrov received a letter from Wang Yi.', []],
    ['Sergei Lavrov welcomed the decision.', []],
    // a meeting held by video is one call
    [
      'Sergei Lavrov held talks with Wang Yi via video link.',
      [['PhoneCall', null, '2021-05-17', 'held', [L, W]]],
    ],
    [
      'Vladimir Putin met Wang Yi by videoconference on Monday.',
      [['PhoneCall', null, '2021-05-17', 'held', [P, W]]],
    ],
    [
      'Sergei Lavrov spoke to Wang Yi on Monday.',
      [['PhoneCall', null, '2021-05-17', 'held', [L, W]]],
    ],
    // one side only is no call
    ['Sergei Lavrov spoke by phone.', []],
    // no call: "spoke about", "spoke to reporters", "spoke with reporters", "the call for"
    ['Sergei Lavrov spoke about the talks.', []],
    ['Sergei Lavrov spoke to reporters in the morning.', []],
    ['Sergei Lavrov spoke with reporters.', []],
    ['Sergei Lavrov renewed the call for restraint.', []],
    // planned from tense and cue words
    ['Sergei Lavrov will travel to Beijing.', [['Visit', 'place:beijing', null, 'planned', [L]]]],
    [
      'Sergei Lavrov is scheduled to meet with Wang Yi in Beijing.',
      [['Meeting', 'place:beijing', null, 'planned', [L, W]]],
    ],
    [
      'Sergei Lavrov looks forward to meeting Wang Yi in Beijing.',
      [['Meeting', 'place:beijing', null, 'planned', [L, W]]],
    ],
    [
      'Sergei Lavrov met Wang Yi ahead of the summit in Beijing.',
      [
        ['Meeting', null, '2021-05-17', 'held', [L, W]],
        ['Summit', 'place:beijing', null, 'planned', [L, W]],
      ],
    ],
    [
      'Sergei Lavrov will speak with Antony Blinken next week.',
      [['PhoneCall', null, '2021-05-24', 'planned', [B, L]]],
    ],
    [
      'Sergei Lavrov meets Wang Yi in Beijing next week.',
      [['Meeting', 'place:beijing', '2021-05-24', 'planned', [L, W]]],
    ],
    [
      'Sergei Lavrov will meet Wang Yi in Beijing in the coming weeks.',
      [['Meeting', 'place:beijing', null, 'planned', [L, W]]],
    ],
    // visits: the place of a movement verb or "visit to"
    ['Sergei Lavrov arrived in Beijing.', [['Visit', 'place:beijing', '2021-05-17', 'held', [L]]]],
    ['Sergei Lavrov traveled to Moscow.', [['Visit', 'place:moscow', '2021-05-17', 'held', [L]]]],
    [
      'Sergei Lavrov paid a visit to Beijing.',
      [['Visit', 'place:beijing', '2021-05-17', 'held', [L]]],
    ],
    ['Sergei Lavrov arrived in time.', []],
    [
      'The meeting with Wang Yi will take place in Beijing.',
      [['Meeting', 'place:beijing', null, 'planned', [W]]],
    ],
    ['The talks with Wang Yi are scheduled for Beijing.', [['Talks', null, null, 'planned', [W]]]],
    ['Sergei Lavrov plans to visit Beijing.', [['Visit', 'place:beijing', null, 'planned', [L]]]],
    // held: a past verb with no future word
    [
      'After the meeting with Wang Yi, Sergei Lavrov will travel to Moscow.',
      [
        ['Meeting', null, '2021-05-17', 'held', [L, W]],
        ['Visit', 'place:moscow', null, 'planned', [L]],
      ],
    ],
    ['Sergei Lavrov will visit Beijing.', [['Visit', 'place:beijing', null, 'planned', [L]]]],
    [
      'The upcoming visit of Sergei Lavrov to Beijing was discussed.',
      [['Visit', 'place:beijing', null, 'planned', [L]]],
    ],
    // the margins of a summit: the meeting takes its host's place
    [
      'Sergei Lavrov met Wang Yi on the sidelines of the summit in Beijing.',
      [
        ['Meeting', 'place:beijing', '2021-05-17', 'held', [L, W]],
        ['Summit', 'place:beijing', '2021-05-17', 'held', [L, W]],
      ],
    ],
  ])('%j', (text, expected) => {
    expect(events(text)).toEqual(expected);
  });

  it('"the conversation" after a call is that call', () => {
    const text =
      'Vladimir Putin spoke by phone with Wang Yi. Putin and Wang Yi stressed in the conversation that ties are strong.';
    expect(events(text)).toEqual([['PhoneCall', null, '2021-05-17', 'held', [P, W]]]);
  });

  it('talks in restricted then expanded format are one event', () => {
    const text =
      'Vladimir Putin held talks with Wang Yi in restricted format. The talks then continued in an expanded format.';
    expect(events(text)).toEqual([['Talks', null, '2021-05-17', 'held', [P, W]]]);
  });

  it('the same call told twice is one event', () => {
    const text =
      'Antony Blinken spoke with Sergei Lavrov today. During the call, the two ministers discussed Ukraine.';
    expect(events(text)).toEqual([['PhoneCall', null, '2021-05-17', 'held', [B, L]]]);
  });

  it('a call told twice with its participants is one event', () => {
    const text =
      'Antony Blinken spoke by phone with Sergei Lavrov. Blinken and Lavrov agreed in the telephone conversation to meet.';
    expect(events(text)).toEqual([['PhoneCall', null, '2021-05-17', 'held', [B, L]]]);
  });
});
