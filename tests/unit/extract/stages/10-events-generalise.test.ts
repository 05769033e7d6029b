import { extract } from '../fixtures/run';

type Row = [string, string | null, string | null, string, string[]];

function events(text: string): Row[] {
  return extract(text).events.map((e) => [e.kind, e.place, e.date, e.status, e.participants]);
}

const B = 'person:antony-blinken';
const L = 'person:sergei-lavrov';
const P = 'person:vladimir-putin';
const W = 'person:wang-yi';
const CN = 'country:cn';
const RU = 'country:ru';

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
    // "the third meeting of the … Dialogue": a session of the named talks, where and when they are;
    // "X hosted Y": both governments; a comma before "on <day>" goes on
    [
      'Russia hosted China for the third meeting of the Russia-China Strategic Dialogue in Moscow, on May 3 and May 4, 2021.',
      [['Talks', 'place:moscow', '2021-05-03', 'held', [CN, RU]]],
    ],
    ['Russia hosted China for talks.', [['Talks', null, '2021-05-17', 'held', [CN, RU]]]],
    [
      'Sergei Lavrov met Wang Yi in Moscow, on May 3.',
      [['Meeting', 'place:moscow', '2021-05-03', 'held', [L, W]]],
    ],
    // a predicate coordinated with the first has its subject (the governments when no one is named)
    [
      'Russia and China reaffirmed their partnership, and will hold follow-on consultations.',
      [['Talks', null, null, 'planned', [CN, RU]]],
    ],
    [
      'Russia and China reaffirmed their partnership, and Sergei Lavrov will hold consultations.',
      [['Talks', null, null, 'planned', [L]]],
    ],
    // an infinitive report opening after its verb ("agreed to have …") is the speakers' own event
    [
      'Sergei Lavrov and Wang Yi agreed to have another telephone conversation shortly.',
      [['PhoneCall', null, null, 'planned', [L, W]]],
    ],
    // with no person, the countries right after "with"/"between" (or the trigger's topic) are its sides
    [
      'Wang Yi welcomed the agreement to hold talks on this matter between experts from Russia and China.',
      [['Talks', null, null, 'planned', [CN, RU]]],
    ],
    [
      'Vladimir Putin said the summit marked a new beginning for relations between Russia and China.',
      [],
    ],
    ['Sergei Lavrov said the meeting would help, and he will cooperate with China.', []],
    // "visited X on <day> for talks": the purpose takes the trip's day; "The meeting was held at
    // <a place no dictionary knows>": the place of the event told, definite mention merged
    [
      'Sergei Lavrov visited China from 3 to 5 March for talks with Wang Yi. The meeting was held at Lake Tai.',
      [
        ['Visit', null, '2021-03-03', 'held', [L]],
        ['Talks', 'place:lake-tai', '2021-03-03', 'held', [L, W]],
      ],
    ],
    [
      'Sergei Lavrov met Wang Yi. The meeting was held in Suzhou.',
      [['Meeting', 'place:suzhou', '2021-05-17', 'held', [L, W]]],
    ],
    // "…, hosted (recently) by <host> in <place>" after a noun trigger: its host and place;
    // the passive "hosted by" is no reception of the host
    [
      'Sergei Lavrov congratulated Wang Yi on the successful BRICS Summit, hosted recently by China in Beijing.',
      [['Summit', 'place:beijing', null, 'held', [CN]]],
    ],
    [
      'Sergei Lavrov praised the summit, hosted by Wang Yi in Beijing.',
      [['Summit', 'place:beijing', '2021-05-17', 'held', [L, W]]],
    ],
    // two planned summits whose places agree (a place in the country the other names) are one,
    // whoever mentions them; places that disagree keep them apart
    [
      'Antony Blinken said: "We will meet at our summit in Russia next month." Sergei Lavrov said: "I look forward to the summit in Moscow next month."',
      [
        ['Meeting', null, null, 'planned', [B]],
        ['Summit', 'place:moscow', null, 'planned', [B, L]],
      ],
    ],
    [
      'Antony Blinken said: "We will meet at our summit in China next month." Sergei Lavrov said: "I look forward to the summit in Moscow next month."',
      [
        ['Meeting', null, null, 'planned', [B]],
        ['Summit', null, null, 'planned', [B]],
        ['Summit', 'place:moscow', null, 'planned', [L]],
      ],
    ],
    // a conference (not a "summit meeting") is no meeting told in other words: talks and COP26
    // stay two; "commitment to secure … at COP26" is planned
    [
      'We, Sergei Lavrov and Wang Yi, welcomed the finalisation of the negotiations. We reaffirmed our commitment to secure an agreement at COP26 in Moscow.',
      [
        ['Talks', null, '2021-05-17', 'held', [L, W]],
        ['Summit', 'place:moscow', null, 'planned', [L, W]],
      ],
    ],
    // "separately": one event per counterpart; without it, one event of all
    [
      'Sergei Lavrov spoke separately today with Antony Blinken and Wang Yi.',
      [
        ['PhoneCall', null, '2021-05-17', 'held', [B, L]],
        ['PhoneCall', null, '2021-05-17', 'held', [L, W]],
      ],
    ],
    [
      'Sergei Lavrov met with Antony Blinken and Wang Yi separately.',
      [
        ['Meeting', null, '2021-05-17', 'held', [B, L]],
        ['Meeting', null, '2021-05-17', 'held', [L, W]],
      ],
    ],
    [
      'Sergei Lavrov spoke today with Antony Blinken and Wang Yi.',
      [['PhoneCall', null, '2021-05-17', 'held', [B, L, W]]],
    ],
  ])('%s', (text, expected) => {
    expect(events(text)).toEqual(expected);
  });
});
