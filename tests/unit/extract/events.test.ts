import { extract } from './fixtures/run';

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
    ['No events here.', []],
  ])('%j', (text, expected) => {
    expect(events(text)).toEqual(expected);
  });

  it('merges two mentions of one event', () => {
    const text =
      '“Ahead of my planned meeting in Reykjavik with the US Secretary of State, we wait,” Lavrov said when commenting on the upcoming meeting with Antony Blinken on 20 May.';
    expect(events(text)).toEqual([['Meeting', 'place:reykjavik', '2021-05-20', 'planned', [B, L]]]);
  });

  it('links statements made at a held event', () => {
    const graph = extract(
      'Lavrov said at a press conference in Moscow that talks matter. He added that time is short.',
    );
    const id = graph.events[0]!.id;
    expect(graph.statements.map((s) => s.event)).toEqual([id, id]);
  });
});
