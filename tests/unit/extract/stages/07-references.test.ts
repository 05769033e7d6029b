import { extract } from '../fixtures/run';

describe('references', () => {
  it.each<[string, string[]]>([
    [
      'Lavrov stressed, recalling the words of Russian President Vladimir Putin, that Russia will decide.',
      ['person:sergei-lavrov stressed → person:vladimir-putin', 'person:vladimir-putin recalling'],
    ],
    [
      'Lavrov stressed, citing Vladimir Putin, that Russia will decide.',
      ['person:sergei-lavrov stressed → person:vladimir-putin', 'person:vladimir-putin citing'],
    ],
    [
      'Lavrov stressed, recalling the past, that Russia will decide.',
      ['person:sergei-lavrov stressed'],
    ],
  ])('%j', (text, expected) => {
    const graph = extract(text);
    const speakerOf = (id: string): string => graph.statements.find((s) => s.id === id)!.speaker;
    const got = graph.statements.map(
      (s) =>
        `${s.speaker} ${s.verb}${s.refersTo.length ? ` → ${s.refersTo.map(speakerOf).join(',')}` : ''}`,
    );
    expect(got.sort()).toEqual(expected.sort());
    // A referenced statement has the same span and text as the one that refers to it.
    expect(new Set(graph.statements.map((s) => s.text)).size).toBe(1);
  });
});
