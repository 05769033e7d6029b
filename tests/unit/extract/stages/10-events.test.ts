import { extract } from '../fixtures/run';

type Row = [string, string | null, string | null, string, string[]];

function events(text: string): Row[] {
  return extract(text).events.map((e) => [e.kind, e.place, e.date, e.status, e.participants]);
}

const L = 'person:sergei-lavrov';
const B = 'person:antony-blinken';

describe('events', () => {
  it.each<[string, Row[]]>([
    [
      '“Ahead of my planned meeting in Reykjavik with the US Secretary of State, we wait,” Lavrov said.',
      [['Meeting', 'place:reykjavik', null, 'planned', [B, L]]],
    ],
    [
      'Lavrov said at a press conference in Moscow that time is short.',
      [['PressConference', 'place:moscow', '2021-05-17', 'held', [L]]],
    ],
    [
      'Lavrov noted that he had mentioned this during a recent telephone conversation with Blinken.',
      [['PhoneCall', null, null, 'held', [B, L]]],
    ],
    [
      'Secretary Blinken met with Sergei Lavrov today in Beijing.',
      [['Meeting', 'place:beijing', '2021-05-17', 'held', [B, L]]],
    ],
    [
      'Lavrov spoke about the upcoming meeting with Blinken on 20 May.',
      [['Meeting', null, '2021-05-20', 'planned', [B]]],
    ],
    ['The Israeli cabinet is meeting to discuss this matter.', []],
    // a progressive verb dated "right now" is an event happening today
    [
      'The Israeli cabinet is meeting to discuss this matter right now.',
      [['Meeting', null, '2021-05-17', 'held', []]],
    ],
    ['No events here.', []],
    // "on the occasion of": the meeting is that summit
    [
      'Sergei Lavrov and Antony Blinken met in Reykjavik on 20 May, on the occasion of the Arctic Council Summit.',
      [['Summit', 'place:reykjavik', '2021-05-20', 'planned', [B, L]]],
    ],
    // a visit's object is its place; the meeting where the visitor is takes that place
    [
      'Sergei Lavrov, who was visiting Beijing, held a meeting with Wang Yi.',
      [
        ['Visit', 'place:beijing', '2021-05-17', 'held', [L]],
        ['Meeting', 'place:beijing', '2021-05-17', 'held', [L, 'person:wang-yi']],
      ],
    ],
    // a relative clause that schedules the event dates it
    [
      'Lavrov spoke about the Moscow Security Conference that was scheduled for 20 May.',
      [['Summit', null, '2021-05-20', 'planned', []]],
    ],
    // a date opening the sentence that names no day leaves the event undated
    [
      'Earlier this week, Sergei Lavrov held talks with Antony Blinken.',
      [['Talks', null, null, 'held', [B, L]]],
    ],
    // months keep events apart; a past participle's event is not the subject's
    [
      'Sergei Lavrov met Antony Blinken today. He recalled the declaration adopted at the summit in November 2015 in Moscow.',
      [
        ['Meeting', null, '2021-05-17', 'held', [B, L]],
        ['Summit', 'place:moscow', null, 'held', []],
      ],
    ],
    // "ever" makes a verb generic
    ['It was the first time a Russian minister has ever met with Blinken.', []],
  ])('%j', (text, expected) => {
    expect(events(text)).toEqual(expected);
  });

  it('merges two mentions of one event', () => {
    const text =
      '“Ahead of my planned meeting in Reykjavik with the US Secretary of State, we wait,” Lavrov said when commenting on the upcoming meeting with Antony Blinken on 20 May.';
    expect(events(text)).toEqual([['Meeting', 'place:reykjavik', '2021-05-20', 'planned', [B, L]]]);
  });

  it('a definite mention refers back to the event told before', () => {
    const graph = extract(
      'Sergei Lavrov hosted a banquet inviting Antony Blinken. In his speech at the banquet, Lavrov said, “We welcome you.”',
    );
    expect(graph.events.map((e) => [e.kind, e.participants])).toEqual([['Meeting', [B, L]]]);
    expect(graph.statements.map((s) => s.event)).toEqual([graph.events[0]!.id]);
  });

  it('merges the parts of an event told in parentheses', () => {
    const text =
      'Sergei Lavrov held a meeting with Antony Blinken in Moscow. (A working lunch with Wang Yi present.)';
    expect(events(text)).toEqual([
      ['Meeting', 'place:moscow', '2021-05-17', 'held', [B, L, 'person:wang-yi']],
    ]);
  });

  it('one proper name is one event, dated by the mention that dates it', () => {
    const text =
      'Lavrov discussed the Moscow Security Conference that was scheduled for 20 May. Sergei Lavrov said that he will speak during the Moscow Security Conference.';
    expect(events(text)).toEqual([['Summit', null, '2021-05-20', 'planned', [L]]]);
  });

  it('a day log: a segment’s venue carries to its later events; "the two ministers" are the last two named', () => {
    const text =
      'In the morning, Sergei Lavrov met Antony Blinken in Moscow. After that, the two ministers made a joint press announcement.\n' +
      'In the evening, the two ministers made a joint press announcement.';
    expect(events(text)).toEqual([
      ['Meeting', 'place:moscow', '2021-05-17', 'held', [B, L]],
      ['PressConference', 'place:moscow', '2021-05-17', 'held', [B, L]],
      ['PressConference', null, '2021-05-17', 'held', [B, L]],
    ]);
  });

  it('links statements made at a held event', () => {
    const graph = extract(
      'Lavrov said at a press conference in Moscow that talks matter. He added that time is short.',
    );
    const id = graph.events[0]!.id;
    expect(graph.statements.map((s) => s.event)).toEqual([id, id]);
  });
});

/**
 * Stage 10's rules (src/extract/stages/10-events/index.ts header, README "Events"): kind from
 * the trigger, place from "in/at <place>", date attached or opening the sentence, planned when
 * marked or dated after the document, participants from "with", the verb's subject and
 * object; mentions of one event merge, different participants or places keep events apart.
 */
describe('event rules', () => {
  const W = 'person:wang-yi';
  it.each<[string, Row[]]>([
    [
      'Antony Blinken spoke by phone with Sergei Lavrov on Friday.',
      [['PhoneCall', null, '2021-05-14', 'held', [B, L]]],
    ],
    [
      'Sergei Lavrov attended the summit in Beijing.',
      [['Summit', 'place:beijing', '2021-05-17', 'held', [L]]],
    ],
    // dated after the document: planned
    [
      'Sergei Lavrov met Antony Blinken on 20 May.',
      [['Meeting', null, '2021-05-20', 'planned', [B, L]]],
    ],
    [
      'Sergei Lavrov held talks with Wang Yi in Beijing.',
      [['Talks', 'place:beijing', '2021-05-17', 'held', [L, W]]],
    ],
    // a role resolved in stage 4 is a participant
    [
      'The Russian Foreign Minister met his Chinese counterpart in Moscow.',
      [['Meeting', 'place:moscow', '2021-05-17', 'held', [L, W]]],
    ],
    // a definite mention with nothing new is the event told before
    [
      'Sergei Lavrov met Antony Blinken. The meeting was useful.',
      [['Meeting', null, '2021-05-17', 'held', [B, L]]],
    ],
    // other participants, another place: other events
    [
      'Sergei Lavrov met Antony Blinken. Later, Sergei Lavrov met Wang Yi.',
      [
        ['Meeting', null, '2021-05-17', 'held', [B, L]],
        ['Meeting', null, '2021-05-17', 'held', [L, W]],
      ],
    ],
    [
      'Sergei Lavrov held a press conference in Moscow and a press conference in Beijing.',
      [
        ['PressConference', 'place:moscow', '2021-05-17', 'held', [L]],
        ['PressConference', 'place:beijing', '2021-05-17', 'held', [L]],
      ],
    ],
    // no event: a generic verb, a word that is no trigger
    ['Sergei Lavrov has never met Antony Blinken.', []],
    ['Sergei Lavrov praised the meat of the matter.', []],
  ])('%j', (text, expected) => {
    expect(events(text)).toEqual(expected);
  });

  // the subject of a verbal trigger is a participant across an auxiliary ("X will meet with Y").
  it.each<[string, Row[]]>([
    [
      'Sergei Lavrov will hold talks with Wang Yi in Beijing.',
      [['Talks', 'place:beijing', null, 'planned', [L, W]]],
    ],
    [
      'Sergei Lavrov will meet with Wang Yi in Beijing.',
      [['Meeting', 'place:beijing', null, 'planned', [L, W]]],
    ],
  ])('%j (subject after an auxiliary)', (text, expected) => {
    expect(events(text)).toEqual(expected);
  });
});
