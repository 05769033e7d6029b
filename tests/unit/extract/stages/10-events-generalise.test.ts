import { extract } from '../fixtures/run';

type Row = [string, string | null, string | null, string, string[]];

function events(text: string): Row[] {
  return extract(text).events.map((e) => [e.kind, e.place, e.date, e.status, e.participants]);
}

const B = 'person:antony-blinken';
const L = 'person:sergei-lavrov';
const P = 'person:vladimir-putin';
const W = 'person:wang-yi';

/** Stage 10: event rules for texts no rule was written on (issue #10, the evaluation set's classes), on invented text. */
describe('event rules that generalise (issue #10)', () => {
  it.each<[string, Row[]]>([
    // a day among a noun trigger's modifiers dates it (and, after the document, plans it)
    [
      'Sergei Lavrov met Wang Yi to prepare the June 14 BRICS Summit in Moscow.',
      [
        ['Meeting', null, '2021-05-17', 'held', [L, W]],
        ['Summit', 'place:moscow', '2021-06-14', 'planned', [L, W]],
      ],
    ],
    [
      'Antony Blinken and Wang Yi reviewed progress since their joint April 20 meeting in Beijing.',
      [['Meeting', 'place:beijing', '2021-04-20', 'held', [B, W]]],
    ],
    // a month alone before a noun trigger, one to five months ahead, is still to come
    [
      "Sergei Lavrov discussed President Putin's June trip to Beijing.",
      [['Visit', 'place:beijing', null, 'planned', [P]]],
    ],
    [
      "Sergei Lavrov discussed President Putin's March trip to Beijing.",
      [['Visit', 'place:beijing', null, 'held', [P]]],
    ],
    // "to attend the summit and meet with X": the purpose and the coordinated verb are planned,
    // by the traveller
    [
      "They discussed Antony Blinken's July trip to Moscow to attend the BRICS Summit and meet with Sergei Lavrov.",
      [
        ['Visit', 'place:moscow', null, 'planned', [B]],
        ['Summit', 'place:moscow', null, 'planned', [B]],
        ['Meeting', 'place:moscow', null, 'planned', [B, L]],
      ],
    ],
    // the office an apposition names after a partner ("Envoy to the President of Russia") is no partner
    [
      'Antony Blinken met with Wang Yi, Special Envoy to the President of Russia.',
      [['Meeting', null, '2021-05-17', 'held', [B, W]]],
    ],
    // "their" before a noun trigger in a collective report: the speakers' own event
    [
      'Antony Blinken and Wang Yi discussed the results of their recent meeting in Beijing.',
      [['Meeting', 'place:beijing', null, 'held', [B, W]]],
    ],
    [
      'Antony Blinken and Wang Yi discussed the results of the recent meeting in Beijing.',
      [['Meeting', 'place:beijing', null, 'held', []]],
    ],
    // a planned event with a proper name is kept with nobody, nowhere and no date; a common noun is not
    [
      'Sergei Lavrov and Wang Yi discussed the upcoming BRICS Summit.',
      [['Summit', null, null, 'planned', []]],
    ],
    ['Sergei Lavrov and Wang Yi discussed the upcoming summit.', []],
  ])('%s', (text, expected) => {
    expect(events(text)).toEqual(expected);
  });
});
