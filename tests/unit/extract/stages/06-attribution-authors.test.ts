import { extract, statementsOf } from '../fixtures/run';

const B = 'person:antony-blinken';
const K = 'person:john-kerry';
const M = 'person:matthew-miller';
const BODY_WE =
  'We welcome the agreement reached today and we urge all parties to implement it fully.';
const BODY_US =
  'The United States will continue to support the people of Ukraine for as long as it takes.';
const BODY_PLAIN =
  'This agreement is an important step toward peace and stability in the wider region.';

/** Issue #10: a statement issued in a principal's name (stages/06-attribution/authors.ts). */
describe('author statements', () => {
  it.each<[string, string | null, string, [string, string, string, string][]]>([
    // the title names the author by name: every unattributed prose paragraph is theirs
    [
      'title by name, "we"',
      'Statement by Secretary Antony J. Blinken',
      BODY_WE,
      [[B, 'direct', 'stated', BODY_WE]],
    ],
    [
      'title by name, "the United States will"',
      'Press Statement: Antony J. Blinken, Secretary of State',
      BODY_US,
      [[B, 'direct', 'stated', BODY_US]],
    ],
    [
      'title by office, holder on the date',
      'Statement by the Secretary of State',
      BODY_PLAIN,
      [[B, 'direct', 'stated', BODY_PLAIN]],
    ],
    [
      'opening lines: "Press Statement", then name and title',
      null,
      `Press Statement\nAntony J. Blinken, Secretary of State\n\n${BODY_PLAIN}`,
      [[B, 'direct', 'stated', BODY_PLAIN]],
    ],
    [
      'a paragraph another speaker takes stays theirs',
      'Statement by Secretary Antony J. Blinken',
      `${BODY_WE}\n\nSergei Lavrov said that Russia would study the text of the agreement.`,
      [
        [B, 'direct', 'stated', BODY_WE],
        [
          'person:sergei-lavrov',
          'indirect',
          'said',
          'Russia would study the text of the agreement',
        ],
      ],
    ],
    [
      'a joint statement: one statement per author',
      'Joint Statement by President Biden and President Putin',
      BODY_PLAIN,
      [
        ['person:joe-biden', 'direct', 'stated', BODY_PLAIN],
        ['person:vladimir-putin', 'direct', 'stated', BODY_PLAIN],
      ],
    ],
    [
      "the author's own earlier words stay inside the paragraph",
      'Statement by Secretary Antony J. Blinken',
      'Yesterday I emphasized that the talks must continue until the agreement is in place.',
      [
        [
          B,
          'direct',
          'stated',
          'Yesterday I emphasized that the talks must continue until the agreement is in place.',
        ],
        [B, 'indirect', 'emphasized', 'the talks must continue until the agreement is in place'],
      ],
    ],
    [
      'authors the body introduces, named by surname in the title',
      'Joint Statement by Foreign Minister Downer and Foreign Minister Goff',
      `Foreign Minister Alexander Downer and Foreign Minister Phil Goff met in Moscow.\n\n${BODY_PLAIN}`,
      [
        ['person:alexander-downer', 'direct', 'stated', BODY_PLAIN],
        ['person:phil-goff', 'direct', 'stated', BODY_PLAIN],
      ],
    ],
    [
      'a joint statement\'s "We agreed that …" is its own voice: the paragraph, no report inside',
      'Joint Statement by President Biden and President Putin',
      'We agreed that the talks on strategic stability should resume as soon as possible.',
      [
        [
          'person:joe-biden',
          'direct',
          'stated',
          'We agreed that the talks on strategic stability should resume as soon as possible.',
        ],
        [
          'person:vladimir-putin',
          'direct',
          'stated',
          'We agreed that the talks on strategic stability should resume as soon as possible.',
        ],
      ],
    ],
    // negatives
    [
      'a paragraph with a reporting subject goes by it, even the authors in the third person',
      'Joint Statement by President Biden and President Putin',
      'The two Presidents reaffirmed their commitment to arms control talks and to strategic stability.',
      [
        [
          'person:joe-biden',
          'indirect',
          'reaffirmed',
          'their commitment to arms control talks and to strategic stability',
        ],
        [
          'person:vladimir-putin',
          'indirect',
          'reaffirmed',
          'their commitment to arms control talks and to strategic stability',
        ],
      ],
    ],
    [
      'two people, not a joint statement',
      'Statement by Secretary Blinken on his talks with Sergei Lavrov',
      BODY_PLAIN,
      [],
    ],
    [
      'a statement attributable to a spokesperson is a readout',
      'Statement attributable to the Spokesperson for the Secretary of State',
      BODY_PLAIN,
      [],
    ],
    [
      'a readout title: paragraphs go by their subjects',
      'Secretary Blinken’s Meeting with Foreign Minister Lavrov',
      'Secretary Blinken met Sergei Lavrov in Moscow today to discuss the war in Ukraine. The Secretary underscored the importance of dialogue.',
      [[B, 'indirect', 'underscored', 'the importance of dialogue']],
    ],
    ['a statement title naming no one', 'Statement on the Agreement', BODY_WE, []],
    [
      'a paragraph told about a person is not the author’s',
      'Statement by Secretary Antony J. Blinken',
      'Secretary Blinken traveled to Moscow today for talks on the future of the agreement.',
      [],
    ],
  ])('%s', (_name, title, text, expected) => {
    const graph = extract(text, { title, publishedAt: '2023-06-19' });
    expect(statementsOf(graph)).toEqual(expected);
  });

  it('an office resolves on the document date', () => {
    const graph = extract(BODY_PLAIN, {
      title: 'Statement by the Secretary of State',
      publishedAt: '2015-09-25',
    });
    expect(statementsOf(graph).map((s) => s[0])).toEqual([K]);
  });

  it('"The following is attributable to Spokesperson X:" is no statement, and the readout goes by its subjects', () => {
    const text =
      'The following is attributable to Spokesperson Matthew Miller:\n\n' +
      'Secretary Blinken met Sergei Lavrov in Moscow today. The Secretary underscored the importance of dialogue.';
    const graph = extract(text, {
      title: 'Statement by Spokesperson Matthew Miller',
      publishedAt: '2023-06-19',
    });
    expect(statementsOf(graph)).toEqual([
      [B, 'indirect', 'underscored', 'the importance of dialogue'],
    ]);
    expect(statementsOf(graph).some((s) => s[0] === M)).toBe(false);
  });

  it('a wire byline does not make the journalist the speaker', () => {
    const text =
      'By Jane Reporter\n\nMOSCOW (Reuters) - Russia will study the agreement, Sergei Lavrov said on Monday.';
    const graph = extract(text, { title: 'Lavrov says Russia will study statement' });
    expect(statementsOf(graph).map((s) => [s[0], s[2]])).toEqual([
      ['person:sergei-lavrov', 'said'],
    ]);
  });
});
