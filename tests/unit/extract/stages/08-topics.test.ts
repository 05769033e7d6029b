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
