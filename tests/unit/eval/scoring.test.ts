import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractFrontMatter, normaliseText as normaliseInput } from '../../../src/ingest';
import {
  addCounts,
  checkGold,
  emptyCounts,
  eventsCompatible,
  f1,
  figures,
  matchEvents,
  matchStatements,
  normaliseText,
  scoreDocument,
  type ExtractedEvent,
  type ExtractedStatement,
  type GoldEvent,
  type GoldFile,
  type GoldStatement,
} from '../../eval/scoring';

function gold(over: Partial<GoldStatement>): GoldStatement {
  return {
    speaker: 'person:a',
    kind: 'indirect',
    snippet: 'one two three four five',
    date: '2024-01-01',
    topics: [],
    classes: [],
    ...over,
  };
}

function extracted(over: Partial<ExtractedStatement>): ExtractedStatement {
  return {
    speaker: 'person:a',
    kind: 'indirect',
    text: '',
    date: '2024-01-01',
    topics: [],
    ...over,
  };
}

function goldEvent(over: Partial<GoldEvent>): GoldEvent {
  return {
    kind: 'Meeting',
    place: null,
    date: '2024-01-01',
    participants: ['person:a', 'person:b'],
    status: 'held',
    classes: ['events'],
    ...over,
  };
}

function event(over: Partial<ExtractedEvent>): ExtractedEvent {
  return {
    kind: 'Meeting',
    place: null,
    date: '2024-01-01',
    participants: ['person:a', 'person:b'],
    status: 'held',
    ...over,
  };
}

describe('normaliseText', () => {
  it('straightens quotes and collapses whitespace', () => {
    expect(normaliseText('  Russia’s  “plan”\n is  ')).toBe('Russia\'s "plan" is');
  });
});

describe('matchStatements', () => {
  it('finds a gold statement in an extracted text that contains its snippet, quotes and spaces aside', () => {
    const pairs = matchStatements(
      [gold({ snippet: 'Ukraine’s sovereignty and territorial   integrity' })],
      [extracted({ text: "his support for Ukraine's sovereignty and territorial integrity" })],
    );
    expect(pairs).toEqual([{ gold: 0, extracted: 0, speakerCorrect: true }]);
  });

  it('counts a match whatever the speaker, and says when the speaker is wrong', () => {
    const pairs = matchStatements(
      [gold({ speaker: 'person:a' })],
      [extracted({ speaker: 'person:z', text: 'zero one two three four five six' })],
    );
    expect(pairs).toEqual([{ gold: 0, extracted: 0, speakerCorrect: false }]);
  });

  it('matches one to one, the member of a group with the same speaker first', () => {
    const text = 'they discussed one two three four five';
    const pairs = matchStatements(
      [gold({ speaker: 'person:a' }), gold({ speaker: 'person:b' }), gold({ speaker: 'person:c' })],
      [extracted({ speaker: 'person:b', text }), extracted({ speaker: 'person:a', text })],
    );
    expect(pairs).toEqual([
      { gold: 0, extracted: 1, speakerCorrect: true },
      { gold: 1, extracted: 0, speakerCorrect: true },
    ]);
  });

  it('gives a candidate to the gold statement that has no other first', () => {
    const pairs = matchStatements(
      [
        gold({ speaker: 'person:x', snippet: 'alpha beta gamma delta epsilon' }),
        gold({ speaker: 'person:y', snippet: 'alpha beta gamma delta epsilon zeta' }),
      ],
      [
        extracted({ speaker: 'person:q', text: 'alpha beta gamma delta epsilon zeta' }),
        extracted({ speaker: 'person:q', text: 'alpha beta gamma delta epsilon' }),
      ],
    );
    expect(pairs.map((p) => [p.gold, p.extracted])).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });

  it('leaves a gold statement unmatched when no text contains its snippet', () => {
    expect(matchStatements([gold({})], [extracted({ text: 'one two three four' })])).toEqual([]);
  });
});

describe('events', () => {
  it('are compatible on kind, a shared participant, and date and place where both give them', () => {
    expect(eventsCompatible(goldEvent({}), event({ participants: ['person:b'] }))).toBe(true);
    expect(eventsCompatible(goldEvent({}), event({ kind: 'PhoneCall' }))).toBe(false);
    expect(eventsCompatible(goldEvent({}), event({ participants: ['person:c'] }))).toBe(false);
    expect(eventsCompatible(goldEvent({}), event({ date: '2024-01-02' }))).toBe(false);
    expect(eventsCompatible(goldEvent({}), event({ date: null }))).toBe(true);
    expect(eventsCompatible(goldEvent({ place: 'place:x' }), event({ place: 'place:y' }))).toBe(
      false,
    );
    expect(eventsCompatible(goldEvent({ participants: [] }), event({ participants: [] }))).toBe(
      true,
    );
  });

  it('match one to one, the most alike first, and check the status', () => {
    const pairs = matchEvents(
      [goldEvent({ date: null }), goldEvent({ date: '2024-01-05', status: 'planned' })],
      [event({ date: '2024-01-05', status: 'held' }), event({ date: '2024-01-01' })],
    );
    expect(pairs).toEqual([
      { gold: 0, extracted: 1, statusCorrect: true },
      { gold: 1, extracted: 0, statusCorrect: false },
    ]);
  });
});

describe('scoreDocument and figures', () => {
  const g: Pick<GoldFile, 'statements' | 'events'> = {
    statements: [
      gold({ speaker: 'person:a', topics: ['topic:t1', 'topic:t2'], classes: ['roles', 'topics'] }),
      gold({ speaker: 'person:b', snippet: 'six seven eight nine ten', classes: ['names'] }),
      gold({ speaker: 'person:c', snippet: 'never found in any text', classes: ['names'] }),
    ],
    events: [goldEvent({}), goldEvent({ kind: 'Summit', status: 'planned', participants: [] })],
  };
  const statements = [
    extracted({ speaker: 'person:a', text: 'one two three four five', topics: ['topic:t1'] }),
    extracted({ speaker: 'person:z', text: 'six seven eight nine ten', date: null }),
    extracted({ speaker: 'person:a', text: 'spurious' }),
    extracted({ speaker: 'person:a', text: 'spurious too' }),
  ];
  const events = [event({})];

  it('counts matches, speakers, dates and topics overall and per class', () => {
    const score = scoreDocument(g, statements, events);
    expect(score.counts).toMatchObject({
      goldStatements: 3,
      extractedStatements: 4,
      matchedStatements: 2,
      speakerCorrect: 1,
      dateCorrect: 1,
      goldTopics: 2,
      topicsFound: 1,
      goldEvents: 2,
      extractedEvents: 1,
      matchedEvents: 1,
      eventStatusCorrect: 1,
    });
    expect(score.byClass.names).toMatchObject({
      goldStatements: 2,
      matchedStatements: 1,
      speakerCorrect: 0,
    });
    expect(score.byClass.roles).toMatchObject({
      goldStatements: 1,
      matchedStatements: 1,
      speakerCorrect: 1,
    });
    expect(score.byClass.events).toMatchObject({ goldEvents: 2, matchedEvents: 1 });
  });

  it('turns counts into P/R/F1 and accuracies (micro-averaged when added)', () => {
    const c = scoreDocument(g, statements, events).counts;
    const f = figures(addCounts(c, emptyCounts()));
    expect(f.attribution.precision).toBeCloseTo(0.5);
    expect(f.attribution.recall).toBeCloseTo(2 / 3);
    expect(f.attribution.f1).toBeCloseTo(f1(0.5, 2 / 3) ?? NaN);
    expect(f.speakerAccuracy).toBeCloseTo(0.5);
    expect(f.dateAccuracy).toBeCloseTo(0.5);
    expect(f.topicRecall).toBeCloseTo(0.5);
    expect(f.events).toEqual({ precision: 1, recall: 0.5, f1: 2 / 3 });
    expect(figures(emptyCounts()).attribution).toEqual({ precision: null, recall: null, f1: null });
  });
});

describe('the evaluation set', () => {
  const root = join(__dirname, '../../eval');
  const files = readdirSync(join(root, 'gold')).filter((f) => f.endsWith('.gold.json'));

  it('has at least 30 gold files, each with its document', () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
  });

  it.each(files)(
    '%s: every snippet lies in its document and every id and class is well formed',
    (name) => {
      const g = JSON.parse(readFileSync(join(root, 'gold', name), 'utf8')) as GoldFile;
      const raw = normaliseInput(readFileSync(join(root, 'docs', g.file), 'utf8'));
      expect(checkGold(g, extractFrontMatter(raw).text)).toEqual([]);
    },
  );
});
