/**
 * Scoring of the evaluation set (tests/eval/README.md): gold statements and
 * events matched to what the extractor gives, and the figures `npm run eval`
 * prints. Pure functions, no I/O.
 */

/** The classes of error a gold statement or event exercises. */
export const ERROR_CLASSES = [
  'names',
  'roles',
  'author',
  'transcript',
  'events',
  'topics',
] as const;
export type ErrorClass = (typeof ERROR_CLASSES)[number];

export const CLASS_LABELS: Record<ErrorClass, string> = {
  names: 'name variants / unknown people',
  roles: 'roles (and groups) as subjects',
  author: 'author statements',
  transcript: 'transcript turns',
  events: 'events',
  topics: 'topics',
};

export interface GoldStatement {
  /** `person:<slug>` as the graph would give it. */
  speaker: string;
  kind: 'direct' | 'indirect';
  /** At least five words, verbatim, inside the statement's text. */
  snippet: string;
  date: string | null;
  /** Ids from data/topics.json. */
  topics: string[];
  /** Topic ids the vocabulary lacks (not scored). */
  newTopics?: string[];
  classes: string[];
}

export interface GoldEvent {
  kind: string;
  place: string | null;
  date: string | null;
  participants: string[];
  status: 'planned' | 'held';
  classes: string[];
}

export interface GoldFile {
  file: string;
  document: { publishedAt: string | null };
  statements: GoldStatement[];
  events: GoldEvent[];
  topics: string[];
  newTopics: string[];
  notes?: string;
}

/** The parts of an extracted statement scoring reads. */
export interface ExtractedStatement {
  speaker: string;
  kind: string;
  text: string;
  date: string | null;
  topics: string[];
}

/** The parts of an extracted event scoring reads. */
export interface ExtractedEvent {
  kind: string;
  place: string | null;
  date: string | null;
  participants: string[];
  status: string;
}

/** Whitespace collapsed, curly quotes and apostrophes made straight. */
export function normaliseText(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201F\u2033\u00AB\u00BB\u201E]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface StatementPair {
  gold: number;
  extracted: number;
  speakerCorrect: boolean;
}

/**
 * One-to-one matching: a gold statement is found by an extracted statement
 * whose text contains its snippet. A candidate with the gold speaker is taken
 * first (collective subjects give one gold statement per member with the same
 * snippet); then the remaining gold statements, those with fewest candidates
 * first, take any candidate left.
 */
export function matchStatements(
  gold: readonly GoldStatement[],
  extracted: readonly ExtractedStatement[],
): StatementPair[] {
  const texts = extracted.map((s) => normaliseText(s.text));
  const candidates = gold.map((g) => {
    const snippet = normaliseText(g.snippet);
    const found: number[] = [];
    texts.forEach((text, i) => {
      if (text.includes(snippet)) found.push(i);
    });
    return found;
  });
  const used = new Set<number>();
  const pairs: StatementPair[] = [];
  const matchedGold = new Set<number>();
  gold.forEach((g, gi) => {
    const hit = (candidates[gi] ?? []).find(
      (i) => !used.has(i) && extracted[i]?.speaker === g.speaker,
    );
    if (hit === undefined) return;
    used.add(hit);
    matchedGold.add(gi);
    pairs.push({ gold: gi, extracted: hit, speakerCorrect: true });
  });
  const rest = gold
    .map((_, gi) => gi)
    .filter((gi) => !matchedGold.has(gi))
    .sort((a, b) => (candidates[a]?.length ?? 0) - (candidates[b]?.length ?? 0) || a - b);
  for (const gi of rest) {
    const hit = (candidates[gi] ?? []).find((i) => !used.has(i));
    if (hit === undefined) continue;
    used.add(hit);
    pairs.push({ gold: gi, extracted: hit, speakerCorrect: false });
  }
  return pairs.sort((a, b) => a.gold - b.gold);
}

/** Kind equal; participants overlap when gold names any; date and place equal when both sides give one. */
export function eventsCompatible(gold: GoldEvent, extracted: ExtractedEvent): boolean {
  if (gold.kind !== extracted.kind) return false;
  if (gold.participants.length > 0 && overlap(gold.participants, extracted.participants) === 0) {
    return false;
  }
  if (gold.date !== null && extracted.date !== null && gold.date !== extracted.date) return false;
  if (gold.place !== null && extracted.place !== null && gold.place !== extracted.place) {
    return false;
  }
  return true;
}

function overlap(a: readonly string[], b: readonly string[]): number {
  const set = new Set(b);
  return a.filter((x) => set.has(x)).length;
}

function eventAffinity(gold: GoldEvent, extracted: ExtractedEvent): number {
  return (
    overlap(gold.participants, extracted.participants) * 4 +
    (gold.date !== null && gold.date === extracted.date ? 2 : 0) +
    (gold.place !== null && gold.place === extracted.place ? 2 : 0) +
    (gold.status === extracted.status ? 1 : 0)
  );
}

export interface EventPair {
  gold: number;
  extracted: number;
  statusCorrect: boolean;
}

/** One-to-one, the most alike compatible pairs first (ties: document order). */
export function matchEvents(
  gold: readonly GoldEvent[],
  extracted: readonly ExtractedEvent[],
): EventPair[] {
  const options: { gold: number; extracted: number; affinity: number }[] = [];
  gold.forEach((g, gi) => {
    extracted.forEach((e, ei) => {
      if (eventsCompatible(g, e))
        options.push({ gold: gi, extracted: ei, affinity: eventAffinity(g, e) });
    });
  });
  options.sort((a, b) => b.affinity - a.affinity || a.gold - b.gold || a.extracted - b.extracted);
  const usedGold = new Set<number>();
  const usedExtracted = new Set<number>();
  const pairs: EventPair[] = [];
  for (const o of options) {
    if (usedGold.has(o.gold) || usedExtracted.has(o.extracted)) continue;
    usedGold.add(o.gold);
    usedExtracted.add(o.extracted);
    pairs.push({
      gold: o.gold,
      extracted: o.extracted,
      statusCorrect: gold[o.gold]?.status === extracted[o.extracted]?.status,
    });
  }
  return pairs.sort((a, b) => a.gold - b.gold);
}

/** Raw counts; every figure is a ratio of two of them, so documents add up. */
export interface Counts {
  goldStatements: number;
  extractedStatements: number;
  matchedStatements: number;
  speakerCorrect: number;
  kindCorrect: number;
  dateCorrect: number;
  goldTopics: number;
  topicsFound: number;
  goldEvents: number;
  extractedEvents: number;
  matchedEvents: number;
  eventStatusCorrect: number;
}

export function emptyCounts(): Counts {
  return {
    goldStatements: 0,
    extractedStatements: 0,
    matchedStatements: 0,
    speakerCorrect: 0,
    kindCorrect: 0,
    dateCorrect: 0,
    goldTopics: 0,
    topicsFound: 0,
    goldEvents: 0,
    extractedEvents: 0,
    matchedEvents: 0,
    eventStatusCorrect: 0,
  };
}

export function addCounts(a: Counts, b: Counts): Counts {
  const sum = emptyCounts();
  for (const key of Object.keys(sum) as (keyof Counts)[]) sum[key] = a[key] + b[key];
  return sum;
}

export interface DocumentScore {
  counts: Counts;
  /** Per class: counts over the gold statements and events of that class (extracted totals are 0: precision has no class). */
  byClass: Record<ErrorClass, Counts>;
  statementPairs: StatementPair[];
  eventPairs: EventPair[];
}

/** Statement and event counts of one document, overall and per class. */
export function scoreDocument(
  gold: Pick<GoldFile, 'statements' | 'events'>,
  statements: readonly ExtractedStatement[],
  events: readonly ExtractedEvent[],
): DocumentScore {
  const statementPairs = matchStatements(gold.statements, statements);
  const eventPairs = matchEvents(gold.events, events);
  const counts = emptyCounts();
  counts.goldStatements = gold.statements.length;
  counts.extractedStatements = statements.length;
  counts.goldEvents = gold.events.length;
  counts.extractedEvents = events.length;
  const byClass = Object.fromEntries(ERROR_CLASSES.map((c) => [c, emptyCounts()])) as Record<
    ErrorClass,
    Counts
  >;
  const inClass = (classes: readonly string[]) =>
    ERROR_CLASSES.filter((c) => classes.includes(c)).map((c) => byClass[c]);

  for (const g of gold.statements) for (const c of inClass(g.classes)) c.goldStatements += 1;
  for (const p of statementPairs) {
    const g = gold.statements[p.gold];
    const e = statements[p.extracted];
    if (!g || !e) continue;
    const found = g.topics.filter((t) => e.topics.includes(t)).length;
    for (const c of [counts, ...inClass(g.classes)]) {
      c.matchedStatements += 1;
      if (p.speakerCorrect) c.speakerCorrect += 1;
      if (g.kind === e.kind) c.kindCorrect += 1;
      if (g.date === e.date) c.dateCorrect += 1;
      c.goldTopics += g.topics.length;
      c.topicsFound += found;
    }
  }
  for (const g of gold.events) for (const c of inClass(g.classes)) c.goldEvents += 1;
  for (const p of eventPairs) {
    const g = gold.events[p.gold];
    if (!g) continue;
    for (const c of [counts, ...inClass(g.classes)]) {
      c.matchedEvents += 1;
      if (p.statusCorrect) c.eventStatusCorrect += 1;
    }
  }
  return { counts, byClass, statementPairs, eventPairs };
}

/** null when the denominator is 0. */
export function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

export function f1(precision: number | null, recall: number | null): number | null {
  if (precision === null || recall === null) return null;
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

export interface Figures {
  attribution: { precision: number | null; recall: number | null; f1: number | null };
  speakerAccuracy: number | null;
  kindAccuracy: number | null;
  dateAccuracy: number | null;
  topicRecall: number | null;
  events: { precision: number | null; recall: number | null; f1: number | null };
  eventStatusAccuracy: number | null;
}

export function figures(c: Counts): Figures {
  const ap = ratio(c.matchedStatements, c.extractedStatements);
  const ar = ratio(c.matchedStatements, c.goldStatements);
  const ep = ratio(c.matchedEvents, c.extractedEvents);
  const er = ratio(c.matchedEvents, c.goldEvents);
  return {
    attribution: { precision: ap, recall: ar, f1: f1(ap, ar) },
    speakerAccuracy: ratio(c.speakerCorrect, c.matchedStatements),
    kindAccuracy: ratio(c.kindCorrect, c.matchedStatements),
    dateAccuracy: ratio(c.dateCorrect, c.matchedStatements),
    topicRecall: ratio(c.topicsFound, c.goldTopics),
    events: { precision: ep, recall: er, f1: f1(ep, er) },
    eventStatusAccuracy: ratio(c.eventStatusCorrect, c.matchedEvents),
  };
}

/** Problems that make a gold file unusable (a snippet not in the text, too short, a bad id). */
export function checkGold(gold: GoldFile, text: string): string[] {
  const problems: string[] = [];
  const body = normaliseText(text);
  gold.statements.forEach((s, i) => {
    const where = `${gold.file} statement ${i + 1}`;
    if (!body.includes(normaliseText(s.snippet)))
      problems.push(`${where}: snippet not in the text`);
    if (s.snippet.trim().split(/\s+/).length < 5)
      problems.push(`${where}: snippet under five words`);
    if (!s.speaker.startsWith('person:')) problems.push(`${where}: speaker is not a person id`);
    if (s.kind !== 'direct' && s.kind !== 'indirect')
      problems.push(`${where}: kind ${String(s.kind)}`);
    for (const c of s.classes) {
      if (!(ERROR_CLASSES as readonly string[]).includes(c)) problems.push(`${where}: class ${c}`);
    }
  });
  gold.events.forEach((e, i) => {
    const where = `${gold.file} event ${i + 1}`;
    if (!['Meeting', 'PhoneCall', 'PressConference', 'Summit', 'Visit', 'Talks'].includes(e.kind)) {
      problems.push(`${where}: kind ${e.kind}`);
    }
    if (e.status !== 'planned' && e.status !== 'held')
      problems.push(`${where}: status ${String(e.status)}`);
  });
  return problems;
}
