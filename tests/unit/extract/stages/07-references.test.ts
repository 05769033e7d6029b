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

/**
 * Stage 7's rules (src/extract/stages/07-references.ts header): a reference participle
 * (recalling, citing, quoting, echoing, paraphrasing) in the attribution, followed within a
 * few words by a person other than the speaker, gives a referenced statement by that person.
 */
describe('reference rules', () => {
  const L = 'person:sergei-lavrov';
  const P = 'person:vladimir-putin';
  it.each<[string, [string, string, number, string[]][]]>([
    [
      'Lavrov stressed, quoting Vladimir Putin, that Russia will decide.',
      [
        [L, 'stressed', 0.9, [P]],
        [P, 'quoting', 0.95, []],
      ],
    ],
    [
      'Lavrov stressed, echoing Vladimir Putin, that Russia will decide.',
      [
        [L, 'stressed', 0.9, [P]],
        [P, 'echoing', 0.95, []],
      ],
    ],
    // a role phrase is resolved as in stage 4, with its confidence
    [
      'Lavrov stressed, recalling the words of the Russian President, that Russia will decide.',
      [
        [L, 'stressed', 0.9, [P]],
        [P, 'recalling', 0.85, []],
      ],
    ],
    [
      'Vladimir Putin stressed, paraphrasing Sergei Lavrov, that Russia will decide.',
      [
        [P, 'stressed', 0.95, [L]],
        [L, 'paraphrasing', 0.95, []],
      ],
    ],
    [
      'Lavrov stressed, recalling the words of Putin, that Russia will decide.',
      [
        [L, 'stressed', 0.9, [P]],
        [P, 'recalling', 0.9, []],
      ],
    ],
    // no reference to the speaker himself
    [
      'Sergei Lavrov stressed, recalling the words of Sergei Lavrov, that Russia will decide.',
      [[L, 'stressed', 0.95, []]],
    ],
    // the person is too far from the participle
    [
      'Lavrov stressed, recalling the many long and detailed words of Vladimir Putin, that Russia will decide.',
      [[L, 'stressed', 0.9, []]],
    ],
    // a participle in the content is no reference
    ['Lavrov said that Russia is recalling the words of Vladimir Putin.', [[L, 'said', 0.9, []]]],
    // nobody known to refer to
    ['Lavrov stressed, citing Ivan Petrov, that Russia will decide.', [[L, 'stressed', 0.9, []]]],
  ])('%j', (text, expected) => {
    const graph = extract(text);
    const speakerOf = (id: string): string => graph.statements.find((s) => s.id === id)!.speaker;
    const got = graph.statements.map((s): [string, string, number, string[]] => [
      s.speaker,
      s.verb,
      s.confidence,
      s.refersTo.map(speakerOf),
    ]);
    expect(got.sort()).toEqual([...expected].sort());
  });

  // A phrase set off by commas between the speaker and the verb keeps the attribution.
  it('"Lavrov, recalling Vladimir Putin, said that …"', () => {
    const graph = extract('Lavrov, recalling Vladimir Putin, said that Russia will decide.');
    expect(graph.statements.map((s) => [s.speaker, s.verb]).sort()).toEqual([
      [L, 'said'],
      [P, 'recalling'],
    ]);
  });
});
