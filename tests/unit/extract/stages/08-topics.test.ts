import { extract } from '../fixtures/run';

describe('topics', () => {
  it.each<[string, string[][]]>([
    ['Lavrov said that normalization is far off.', [['topic:normalisation-of-relations']]],
    ['Lavrov said that the US must normalise ties.', [['topic:normalisation-of-relations']]],
    ['Lavrov said that nuclear and non-nuclear weapons matter.', [['topic:nuclear-weapons']]],
    [
      'Lavrov said that strategic stability matters. According to Lavrov, Russia stated its approach to this topic.',
      [['topic:strategic-stability'], ['topic:strategic-stability']],
    ],
    ['Lavrov said that the weather is fine.', [[]]],
    ['According to Lavrov, this topic is closed.', [[]]],
  ])('%j', (text, expected) => {
    expect(extract(text).statements.map((s) => s.topics)).toEqual(expected);
  });
});

/**
 * Stage 8's rules (src/extract/stages/08-topics.ts header): every topic whose alias or word
 * form occurs in the statement's text, in text order, each once; "this topic", "this issue",
 * "that issue"… → the last topic of the preceding statement.
 */
describe('topic rules', () => {
  it.each<[string, string[][]]>([
    ['Lavrov said that sanctions must end.', [['topic:sanctions']]],
    ['Lavrov said that the embargo must end.', [['topic:sanctions']]],
    ['Lavrov said that SANCTIONS must end.', [['topic:sanctions']]],
    // a plural matches a singular alias
    ['Lavrov said that each red line matters.', [['topic:red-lines']]],
    ['Lavrov said that Syrians returned home.', [['topic:syria']]],
    // in text order, each once
    ['Lavrov said that sanctions and Ukraine matter.', [['topic:sanctions', 'topic:ukraine']]],
    ['Lavrov said that sanctions, more sanctions, are no answer.', [['topic:sanctions']]],
    // only the statement's own text counts
    ['Sanctions came up. Lavrov said that the weather is fine.', [[]]],
    // a word is no topic when it merely contains an alias
    ['Lavrov said that tradesmen came.', [[]]],
    // anaphors: the last topic of the preceding statement
    [
      'Lavrov said that sanctions matter. According to Lavrov, this issue is urgent.',
      [['topic:sanctions'], ['topic:sanctions']],
    ],
    [
      'Lavrov said that sanctions and Ukraine matter. According to Lavrov, this matter is urgent.',
      [['topic:sanctions', 'topic:ukraine'], ['topic:ukraine']],
    ],
    // "this" before a word that is no topic anaphor refers to nothing
    [
      'Lavrov said that sanctions matter. According to Lavrov, this week is busy.',
      [['topic:sanctions'], []],
    ],
  ])('%j', (text, expected) => {
    expect(extract(text).statements.map((s) => s.topics)).toEqual(expected);
  });

  // BUG (stage 6, attribution): a clause opening with the determiner "that" loses it, taken
  // for the complementiser ("According to Lavrov, that issue is urgent" → text "issue is
  // urgent", and so for "He added that that issue …"), so the anaphors "that topic" and
  // "that issue" listed in lexicon TOPIC_ANAPHORS never reach stage 8 at a clause start.
  it.failing.each<[string, string[][]]>([
    [
      'Lavrov said that sanctions matter. According to Lavrov, that issue is urgent.',
      [['topic:sanctions'], ['topic:sanctions']],
    ],
    [
      'Lavrov said that sanctions matter. He added that that issue is urgent.',
      [['topic:sanctions'], ['topic:sanctions']],
    ],
  ])('%j ("that issue")', (text, expected) => {
    expect(extract(text).statements.map((s) => s.topics)).toEqual(expected);
  });
});
