/**
 * Stage 13 — speech acts (src/extract/stages/13-speech-acts/acts.ts, data/speech-acts.json):
 * one table per act, each with cases that must give it and cases that must not.
 */

import { extractDocument } from '../../../../src/extract';
import type { SpeechAct, Statement } from '../../../../src/model';
import { makeDocument } from '../fixtures/make-document';
import { realDictionaries } from '../fixtures/real-dictionaries';

function statementsOf(text: string): Statement[] {
  return extractDocument(makeDocument(text, { publishedAt: '2021-05-17' }), realDictionaries())
    .statements;
}

/** The act of the one statement of `text` (its first one when there are more). */
function actOf(text: string): SpeechAct {
  const [s] = statementsOf(text);
  if (s === undefined) throw new Error(`no statement in: ${text}`);
  return s.act;
}

/** The words of the cue, as the document has them. */
function cueOf(text: string): string | null {
  const [s] = statementsOf(text);
  return s?.actCue ? text.slice(s.actCue.start, s.actCue.end) : null;
}

const ACT_TABLES: [SpeechAct, string[], string[]][] = [
  [
    'WARNING',
    [
      'Lavrov warned that the talks could fail.',
      'Lavrov cautioned that the talks could fail.',
      'Lavrov said that there will be consequences for the talks.',
      'Lavrov said that if these are consistently predictable sanctions, this is not what we need.',
      'Lavrov said that sanctions will be re-imposed if the deal is broken.',
    ],
    [
      'Lavrov said that the talks could fail.',
      // A negated cue counts for nothing.
      'Lavrov said that this would have no consequences for the talks.',
      // A condition without a cost is a condition.
      'Lavrov said that Russia will sign only if the text is fair.',
    ],
  ],
  [
    'THREAT',
    [
      'Lavrov said that Russia will retaliate against any new measures.',
      'Lavrov said that Moscow could threaten the deal.',
    ],
    ['Lavrov said that Moscow does not threaten anyone.', 'Lavrov said that Russia is calm.'],
  ],
  [
    'DEMAND',
    [
      'Lavrov urged the West to lift the measures.',
      'Lavrov called on Washington to lift the measures.',
      'Lavrov demanded that the measures be lifted.',
      'Lavrov said that the West must lift the measures.',
      'Lavrov said that everything should be on the negotiating table.',
      'Lavrov said that we call on our partners to act.',
      // A request, not a question.
      'Lavrov asked the United States to explain its position.',
    ],
    [
      'Lavrov said that the West lifted the measures.',
      'Lavrov said that the measures are on the table.',
    ],
  ],
  [
    'PROPOSAL',
    [
      'Lavrov proposed that the ministers meet in June.',
      'Lavrov suggested that the ministers meet in June.',
      'Lavrov said that we are ready to meet in June.',
      'Lavrov said that we propose a meeting in June.',
    ],
    ['Lavrov said that the ministers met in June.'],
  ],
  [
    'COMMITMENT',
    [
      'Lavrov pledged that Russia will take part in the talks.',
      'Lavrov vowed that Russia will take part in the talks.',
      'Lavrov said that we will take part in the talks.',
      'Lavrov said that Russia is committed to the talks.',
    ],
    [
      'Lavrov said that Russia took part in the talks.',
      // "what I will say is" introduces a statement, it promises nothing.
      'Lavrov said: "What I will say is that the talks matter."',
    ],
  ],
  [
    'CONDITION',
    [
      'Lavrov said that Russia will judge the calls not by words but by deeds.',
      'Lavrov said that the red lines will be determined by Russia.',
      'Lavrov said that Russia will sign provided that the text is fair.',
      'Lavrov said that Russia will sign only if the text is fair.',
    ],
    [
      'Lavrov said that Russia will sign the text.',
      // "as if", "even if" set no terms.
      'Lavrov said that the West acts as if nothing happened.',
    ],
  ],
  [
    'DENIAL',
    [
      'Lavrov denied that Russia had interfered.',
      'Lavrov rejected the accusations of interference.',
      'Lavrov said that the accusations are groundless.',
      'Lavrov said that Russia has nothing to do with the attack.',
    ],
    ['Lavrov said that Russia had interfered.', 'Lavrov said that the claim is not groundless.'],
  ],
  [
    'CONCERN',
    [
      'Lavrov expressed concern that the talks could stall.',
      'Lavrov expressed deep concern over the talks.',
      'Lavrov said that Russia is concerned about the talks.',
    ],
    [
      'Lavrov said that Russia is pleased with the talks.',
      'Lavrov said that Russia is not concerned.',
    ],
  ],
  [
    'WELCOME',
    [
      'Lavrov welcomed the agreement on the talks.',
      'Lavrov praised the agreement on the talks.',
      'Lavrov said that we welcome the agreement.',
    ],
    ['Lavrov said that the agreement was signed.'],
  ],
  [
    'CONDEMNATION',
    [
      'Lavrov condemned the attack on the embassy.',
      'Lavrov denounced the attack on the embassy.',
      'Lavrov said that we condemn the attack on the embassy.',
    ],
    ['Lavrov said that the attack on the embassy took place.'],
  ],
  [
    'QUESTION',
    ['Lavrov asked whether the talks would go ahead.', '"Why should we wait?" Lavrov said.'],
    ['"We should wait," Lavrov said.', 'Lavrov asked the United States to explain its position.'],
  ],
];

describe.each(ACT_TABLES)('%s', (act, positives, negatives) => {
  it.each(positives)('%s', (text) => {
    expect(actOf(text)).toBe(act);
  });
  it.each(negatives)('not: %s', (text) => {
    expect(actOf(text)).not.toBe(act);
  });
});

describe('ASSERTION', () => {
  it.each([
    'Lavrov said that the talks took place in Reykjavik.',
    // A cue after a negation counts for nothing.
    'Lavrov said that this is not a threat to anyone.',
  ])('%s', (text) => {
    const [s] = statementsOf(text);
    expect(s).toMatchObject({ act: 'ASSERTION', actCue: null, actConfidence: 0.5 });
  });
});

describe('priority and cues', () => {
  it.each<[string, SpeechAct, string]>([
    // The speech verb decides before the words.
    ['Lavrov warned that the West must lift the measures.', 'WARNING', 'warned'],
    // Among cues in the words, the act first in `priority`: a condition before a commitment.
    [
      'Lavrov said that the red lines, which we will not cross, are ours.',
      'CONDITION',
      'red lines',
    ],
    // A demand before a question.
    ['"Why must we wait?" Lavrov said.', 'DEMAND', 'must'],
    // A gapped cue spans from its first word to its last.
    [
      'Lavrov said that Russia will judge them not by words – there were many – but by deeds.',
      'CONDITION',
      'not by words – there were many – but by deeds',
    ],
  ])('%s → %s (%s)', (text, act, cue) => {
    expect(actOf(text)).toBe(act);
    expect(cueOf(text)).toBe(cue);
  });

  it.each<[string, number]>([
    ['Lavrov warned that the talks could fail.', 0.9],
    ['Lavrov said that the red lines are ours.', 0.75],
    ['Lavrov said that the West must lift the measures.', 0.6],
    ['Lavrov said that if these are sanctions, this is not what we need.', 0.7],
    ['Lavrov said that the talks took place.', 0.5],
  ])('confidence of %s is %d', (text, confidence) => {
    expect(statementsOf(text)[0]?.actConfidence).toBe(confidence);
  });
});

describe('polarity', () => {
  it.each<[string, string]>([
    ['Lavrov warned that the talks could fail.', 'ADVERSARIAL'],
    ['Lavrov condemned the attack on the embassy.', 'ADVERSARIAL'],
    ['Lavrov welcomed the agreement on the talks.', 'COOPERATIVE'],
    ['Lavrov said that we are ready to deepen cooperation with our partners.', 'COOPERATIVE'],
    ['Lavrov said that we are ready to meet in June.', 'NEUTRAL'],
    ['Lavrov said that the West must stop its hostile pressure.', 'ADVERSARIAL'],
    // An assertion is neutral whatever its words.
    ['Lavrov said that cooperation with our partners took place.', 'NEUTRAL'],
  ])('%s → %s', (text, polarity) => {
    expect(statementsOf(text)[0]?.polarity).toBe(polarity);
  });
});
