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
