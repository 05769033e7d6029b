import { extract } from '../fixtures/run';

type Row = [string, string | null, string | null, string, string[]];

function events(text: string): Row[] {
  return extract(text).events.map((e) => [e.kind, e.place, e.date, e.status, e.participants]);
}

const L = 'person:sergei-lavrov';
const B = 'person:antony-blinken';
const W = 'person:wang-yi';
const P = 'person:vladimir-putin';
const D = '2021-05-17';

/**
 * Stage 10, event cue classes of issue #10 (src/extract/README.md "Events"): adverbs inside a
 * call verb, press availabilities and briefings, trips, proper "Dialogue", countries as
 * participants, the visitor of "his visit", planned from arrangement and future clauses, one
 * meeting told as a meeting and as talks. Each class has its negative cases.
 */
describe('event cue classes (issue #10)', () => {
  it.each<[string, Row[]]>([
    // a call told with an adverb between the verb and the rest of it
    ['Antony Blinken spoke today with Sergei Lavrov.', [['PhoneCall', null, D, 'held', [B, L]]]],
    [
      'Antony Blinken spoke separately by phone with Sergei Lavrov.',
      [['PhoneCall', null, D, 'held', [B, L]]],
    ],
    [
      'Antony Blinken spoke this morning with Sergei Lavrov.',
      [['PhoneCall', null, D, 'held', [B, L]]],
    ],
    // … but not an adverb before "about", nor reporters as the other side
    ['Antony Blinken spoke today about the weather.', []],
    ['Antony Blinken spoke today with reporters.', []],
    // press availabilities and briefings
    [
      'Antony Blinken held a joint press availability with Wang Yi.',
      [['PressConference', null, D, 'held', [B, W]]],
    ],
    [
      'Antony Blinken briefed reporters in Moscow.',
      [['PressConference', 'place:moscow', D, 'held', [B]]],
    ],
    ['Antony Blinken briefed the Secretary on the plan.', []],
    // a trip is a visit only with its destination
    [
      'The trip of Sergei Lavrov to Beijing went well.',
      [['Visit', 'place:beijing', D, 'held', [L]]],
    ],
    ['Sergei Lavrov said the trip was worth it.', []],
    // a visit to a country has no place but is a visit
    ['Sergei Lavrov traveled to China.', [['Visit', null, D, 'held', [L]]]],
    // a destination the dictionary lacks is place:<slug>; a month is none
    ['Sergei Lavrov arrived in Lake Taupo.', [['Visit', 'place:lake-taupo', D, 'held', [L]]]],
    ['Sergei Lavrov will travel to Cornwall.', [['Visit', 'place:cornwall', null, 'planned', [L]]]],
    ['Sergei Lavrov arrived in June.', []],
    ['Sergei Lavrov arrived in time.', []],
    // "Dialogue" is talks only as a proper name
    [
      'The United States and China held the Cyber Dialogue in Beijing.',
      [['Talks', 'place:beijing', D, 'held', ['country:cn', 'country:us']]],
    ],
    ['Sergei Lavrov said that dialogue is needed in Beijing.', []],
    // countries: two or more as the subject, when no person is named
    [
      'Russia and China held talks in Moscow.',
      [['Talks', 'place:moscow', D, 'held', ['country:cn', 'country:ru']]],
    ],
    ['Russia held talks in Moscow.', [['Talks', 'place:moscow', D, 'held', []]]],
    [
      'Russia and China held talks in Moscow with Wang Yi.',
      [['Talks', 'place:moscow', D, 'held', [W]]],
    ],
    // the visitor a possessive stands for
    [
      'During his visit to Moscow, Wang Yi met with Vladimir Putin.',
      [
        ['Visit', 'place:moscow', D, 'held', [W]],
        ['Meeting', 'place:moscow', D, 'held', [P, W]],
      ],
    ],
    [
      'Sergei Lavrov arrived. During his visit to Moscow, the weather was fine.',
      [['Visit', 'place:moscow', D, 'held', [L]]],
    ],
    // planned: an event to arrange, a future auxiliary in the clause
    [
      'Vladimir Putin spoke by phone with Wang Yi. Vladimir Putin and Wang Yi agreed to hold another telephone conversation.',
      [
        ['PhoneCall', null, D, 'held', [P, W]],
        ['PhoneCall', null, null, 'planned', [P, W]],
      ],
    ],
    [
      'Sergei Lavrov said that he will raise the issue at the summit in Beijing.',
      [['Summit', 'place:beijing', null, 'planned', [L]]],
    ],
    [
      'Sergei Lavrov said that the summit in Beijing was a success.',
      [['Summit', 'place:beijing', D, 'held', []]],
    ],
    [
      'Sergei Lavrov will say that the last summit in Beijing failed.',
      [['Summit', 'place:beijing', D, 'held', [L]]],
    ],
    // will host / looks forward to welcoming: a planned meeting with the person received
    [
      'Vladimir Putin will host Wang Yi in Moscow.',
      [['Meeting', 'place:moscow', null, 'planned', [P, W]]],
    ],
    [
      'Vladimir Putin will host the summit in Moscow.',
      [['Summit', 'place:moscow', null, 'planned', [P]]],
    ],
    // a possessor takes part in the event it opens, not everyone the sentence names
    [
      "Antony Blinken and Wang Yi discussed Sergei Lavrov's upcoming visit to Beijing.",
      [['Visit', 'place:beijing', null, 'planned', [L]]],
    ],
    [
      "Antony Blinken welcomed Sergei Lavrov's meeting with Wang Yi.",
      [['Meeting', null, D, 'held', [L, W]]],
    ],
    // the purpose of a planned trip is planned, with the travellers
    [
      "Antony Blinken and Wang Yi discussed Sergei Lavrov's upcoming trip to Beijing for the summit.",
      [
        ['Visit', 'place:beijing', null, 'planned', [L]],
        ['Summit', 'place:beijing', null, 'planned', [L]],
      ],
    ],
    // … not the summit a held trip went to
    [
      'Sergei Lavrov traveled to Beijing for the summit.',
      [
        ['Visit', 'place:beijing', D, 'held', [L]],
        ['Summit', 'place:beijing', D, 'held', [L]],
      ],
    ],
    // a numbered Conference of the Parties is a summit; "cop" alone or a longer number is not
    [
      'Sergei Lavrov said that he will meet Wang Yi ahead of COP26 in Beijing.',
      [
        ['Meeting', null, null, 'planned', [L, W]],
        ['Summit', 'place:beijing', null, 'planned', [L]],
      ],
    ],
    ['Sergei Lavrov said that the cop was kind in Beijing.', []],
    // a past verb's day without a year, months after the document, is last year's; with a
    // year, a future verb or a few days after the document it stays
    [
      'Sergei Lavrov met with Wang Yi in Beijing on September 3.',
      [['Meeting', 'place:beijing', '2020-09-03', 'held', [L, W]]],
    ],
    [
      'Sergei Lavrov met with Wang Yi in Beijing on September 3, 2021.',
      [['Meeting', 'place:beijing', '2021-09-03', 'planned', [L, W]]],
    ],
    [
      'Sergei Lavrov will meet with Wang Yi in Beijing on September 3.',
      [['Meeting', 'place:beijing', '2021-09-03', 'planned', [L, W]]],
    ],
    [
      'Sergei Lavrov met with Wang Yi in Beijing on June 3.',
      [['Meeting', 'place:beijing', '2021-06-03', 'planned', [L, W]]],
    ],
    // one meeting told as a meeting and as talks on one day
    [
      'Antony Blinken met with Wang Yi in Beijing. Antony Blinken and Wang Yi held talks on trade.',
      [['Meeting', 'place:beijing', D, 'held', [B, W]]],
    ],
    // … but a meeting and the summit it is held at stay two
    [
      'Antony Blinken met with Wang Yi on the sidelines of the summit in Beijing.',
      [
        ['Meeting', 'place:beijing', D, 'held', [B, W]],
        ['Summit', 'place:beijing', D, 'held', [B, W]],
      ],
    ],
    // … and a call and a meeting stay two
    [
      'Antony Blinken met with Wang Yi in Beijing. Antony Blinken spoke by phone with Wang Yi.',
      [
        ['Meeting', 'place:beijing', D, 'held', [B, W]],
        ['PhoneCall', null, D, 'held', [B, W]],
      ],
    ],
  ])('%j', (text, expected) => {
    expect(events(text)).toEqual(expected);
  });
});
