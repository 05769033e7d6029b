/** Stage 11 — the events statements were made at, and event names (src/extract/stages/11-statement-events.ts). */

import { extract } from '../fixtures/run';

function madeAt(text: string): [string, string | null][] {
  const graph = extract(text);
  return graph.statements.map((s) => [
    s.text,
    s.event === null ? null : (graph.events.find((e) => e.id === s.event)?.name ?? null),
  ]);
}

describe('statement events', () => {
  it.each<[string, [string, string | null][]]>([
    [
      'Lavrov said at a press conference in Moscow that time is short.',
      [['time is short', 'Press conference in Moscow on 2021-05-17']],
    ],
    // A planned event is no event a statement was made at.
    [
      '“Ahead of my planned meeting in Reykjavik with the US Secretary of State, we wait,” Lavrov said.',
      [['Ahead of my planned meeting in Reykjavik with the US Secretary of State, we wait', null]],
    ],
    ['Lavrov said that time is short.', [['time is short', null]]],
  ])('%s', (text, expected) => {
    expect(madeAt(text)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    ['Blinken met with Lavrov.', ['Meeting on 2021-05-17']],
    [
      'Lavrov noted that he had mentioned this during a recent telephone conversation with Blinken.',
      ['Phone call'],
    ],
  ])('names the events of %s', (text, names) => {
    expect(extract(text).events.map((e) => e.name)).toEqual(names);
  });

  it('warns when no day is found for an event', () => {
    const graph = extract(
      'Lavrov noted that he had mentioned this during a recent telephone conversation with Blinken.',
    );
    expect(graph.warnings.map((w) => w.code)).toContain('event-date-unresolved');
  });
});

/**
 * Stage 11's rules (README "Events"): a statement is made at the event its attribution or the
 * adjunct opening its sentence names, else at the only held event of its date its speaker
 * took part in; never at a planned event or one its content merely reports.
 */
describe('statement event rules', () => {
  it.each<[string, [string, string | null][]]>([
    [
      'At the conclusion of the press conference in Moscow, Lavrov said that time is short.',
      [['time is short', 'Press conference in Moscow on 2021-05-17']],
    ],
    [
      'Lavrov said at a press conference that time is short.',
      [['time is short', 'Press conference on 2021-05-17']],
    ],
    // content that reports a planned event: not made there
    [
      'Lavrov said that a press conference in Moscow will be held on 20 May.',
      [['a press conference in Moscow will be held on 20 May', null]],
    ],
    // a held event its speaker took part in that day
    [
      'Sergei Lavrov met Antony Blinken in Moscow. Lavrov said that time is short.',
      [['time is short', 'Meeting in Moscow on 2021-05-17']],
    ],
    // another speaker's event is not his
    [
      'Antony Blinken met Wang Yi in Beijing. Lavrov said that time is short.',
      [['time is short', null]],
    ],
  ])('%s', (text, expected) => {
    expect(madeAt(text)).toEqual(expected);
  });
});
