/**
 * What each review mutation does inside its write transaction: check the request against the
 * graph (the statement, people and topics it names exist and fit), set the corrected values
 * (src/load/review/corrections.ts) and record one Correction per statement changed. Every
 * problem is a BAD_USER_INPUT ApiError thrown before anything is written, or inside the
 * transaction, which then rolls back: a refused mutation changes nothing.
 */
import { randomUUID } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import {
  FIELD_OF,
  createCorrections,
  readPeople,
  readStatements,
  readTopics,
  setActs,
  setSpeakers,
  setStatuses,
  setTopics,
  textSha,
  type CorrectionKind,
  type CorrectionRow,
  type ReviewStatus,
  type ReviewedPerson,
  type ReviewedStatement,
} from '../../load/review/corrections';
import { reviewCypher } from '../../load/review/review-cypher';
import type { SpeechAct } from '../../model';
import { ApiError } from '../api-error';
import type { Analyst } from './analyst-token';
import type { SplitTarget } from './arguments';

export interface ReviewChange {
  corrections: Record<string, unknown>[];
  statementIds: string[];
}

interface Request {
  analyst: Analyst;
  why: string;
  /** ISO date-time of the request, the same for every correction it records. */
  at: string;
}

const bad = (message: string) => new ApiError('BAD_USER_INPUT', message);

function correctionRow(
  request: Request,
  statement: ReviewedStatement,
  kind: CorrectionKind,
  value: string[],
  previous: string[],
): CorrectionRow {
  return {
    id: `correction:${randomUUID()}`,
    kind,
    field: FIELD_OF[kind],
    value,
    previous,
    by: request.analyst.subject,
    at: request.at,
    why: request.why,
    statementId: statement.id,
    documentId: statement.documentId,
    start: statement.start,
    end: statement.end,
    textSha: textSha(statement.text),
  };
}

async function statementOf(
  tx: ManagedTransaction,
  id: string,
  { allowRejected }: { allowRejected: boolean },
): Promise<ReviewedStatement> {
  const statement = (await readStatements(tx, [id])).get(id);
  if (statement === undefined) throw bad(`id: there is no statement ${id}.`);
  if (statement.rejected && !allowRejected)
    throw bad(`id: ${id} is rejected; accept it first (acceptStatement) to correct it.`);
  return statement;
}

async function personOf(tx: ManagedTransaction, name: string, id: string): Promise<ReviewedPerson> {
  const person = (await readPeople(tx, [id])).get(id);
  if (person === undefined) throw bad(`${name}: there is no person ${id}.`);
  return person;
}

export async function setReviewStatus(
  tx: ManagedTransaction,
  request: Request,
  id: string,
  status: ReviewStatus,
): Promise<ReviewChange> {
  const statement = await statementOf(tx, id, { allowRejected: true });
  await setStatuses(tx, [{ id, status }], { relink: true });
  const row = correctionRow(
    request,
    statement,
    status === 'ACCEPTED' ? 'ACCEPT' : 'REJECT',
    [status],
    statement.reviewStatus === null ? [] : [statement.reviewStatus],
  );
  return { corrections: await createCorrections(tx, [row]), statementIds: [id] };
}

export async function correctSpeaker(
  tx: ManagedTransaction,
  request: Request,
  id: string,
  speaker: string,
): Promise<ReviewChange> {
  const statement = await statementOf(tx, id, { allowRejected: false });
  const person = await personOf(tx, 'speaker', speaker);
  if (person.mergedInto !== null)
    throw bad(`speaker: ${speaker} was merged into ${person.mergedInto}; name that person.`);
  if (statement.speakerId === speaker) throw bad(`speaker: ${id} is already ${speaker}'s.`);
  await setSpeakers(tx, [{ id, speaker }], { relink: true });
  const row = correctionRow(request, statement, 'SPEAKER', [speaker], [statement.speakerId]);
  return { corrections: await createCorrections(tx, [row]), statementIds: [id] };
}

export async function correctTopics(
  tx: ManagedTransaction,
  request: Request,
  id: string,
  topics: readonly string[],
): Promise<ReviewChange> {
  const statement = await statementOf(tx, id, { allowRejected: false });
  const known = await readTopics(tx, topics);
  const unknown = topics.filter((t) => !known.has(t));
  if (unknown.length > 0) throw bad(`topics: no such topic: ${unknown.join(', ')}.`);
  const sorted = [...topics].sort();
  await setTopics(tx, [{ id, topics: sorted }]);
  const row = correctionRow(request, statement, 'TOPICS', sorted, statement.topicIds);
  return { corrections: await createCorrections(tx, [row]), statementIds: [id] };
}

export async function correctAct(
  tx: ManagedTransaction,
  request: Request,
  id: string,
  act: SpeechAct,
): Promise<ReviewChange> {
  const statement = await statementOf(tx, id, { allowRejected: false });
  if (statement.act === act) throw bad(`act: ${id} is already ${act}.`);
  await setActs(tx, [{ id, act }]);
  const row = correctionRow(request, statement, 'ACT', [act], [statement.act]);
  return { corrections: await createCorrections(tx, [row]), statementIds: [id] };
}

/** Moves statements to `to`, one correction of `kind` each. */
async function moveStatements(
  tx: ManagedTransaction,
  request: Request,
  ids: readonly string[],
  to: string,
  kind: 'MERGE' | 'SPLIT',
): Promise<ReviewChange> {
  const statements = await readStatements(tx, ids);
  await setSpeakers(
    tx,
    ids.map((id) => ({ id, speaker: to })),
    { relink: true },
  );
  const rows = ids.flatMap((id) => {
    const s = statements.get(id);
    return s === undefined ? [] : [correctionRow(request, s, kind, [to], [s.speakerId])];
  });
  return { corrections: await createCorrections(tx, rows), statementIds: [...ids] };
}

async function setMergedInto(
  tx: ManagedTransaction,
  request: Request,
  id: string,
  mergedInto: string | null,
): Promise<void> {
  await tx.run(reviewCypher('set-merged-into'), {
    id,
    mergedInto,
    by: request.analyst.subject,
    at: request.at,
    why: request.why,
  });
}

export async function mergePeople(
  tx: ManagedTransaction,
  request: Request,
  keep: string,
  merge: string,
): Promise<ReviewChange> {
  if (keep === merge) throw bad(`merge: ${merge} is the person to keep; name another.`);
  const kept = await personOf(tx, 'keep', keep);
  const merged = await personOf(tx, 'merge', merge);
  if (kept.mergedInto !== null)
    throw bad(`keep: ${keep} was merged into ${kept.mergedInto}; keep that person instead.`);
  if (merged.mergedInto !== null)
    throw bad(`merge: ${merge} was already merged into ${merged.mergedInto}.`);
  const change = await moveStatements(tx, request, merged.statementIds, keep, 'MERGE');
  await setMergedInto(tx, request, merge, keep);
  return change;
}

export async function splitPerson(
  tx: ManagedTransaction,
  request: Request,
  person: string,
  statementIds: readonly string[],
  target: SplitTarget,
): Promise<ReviewChange> {
  const source = await personOf(tx, 'person', person);
  const own = new Set(source.statementIds);
  const foreign = statementIds.filter((id) => !own.has(id));
  if (foreign.length > 0)
    throw bad(`statements: not (or no longer) said by ${person}: ${foreign.join(', ')}.`);
  let to: string;
  if (target.into !== null) {
    const into = await personOf(tx, 'into', target.into);
    if (into.mergedInto !== null && into.mergedInto !== person)
      throw bad(`into: ${into.id} was merged into ${into.mergedInto}; name that person.`);
    // Splitting statements back into a person merged into this one un-merges it.
    if (into.mergedInto === person) await setMergedInto(tx, request, into.id, null);
    to = into.id;
  } else {
    const created = target.create!;
    if ((await readPeople(tx, [created.id])).size > 0)
      throw bad(`name: ${created.id} exists already; split into it with into: "${created.id}".`);
    await tx.run(reviewCypher('create-person'), {
      id: created.id,
      name: created.name,
      by: request.analyst.subject,
      at: request.at,
    });
    to = created.id;
  }
  return moveStatements(tx, request, statementIds, to, 'SPLIT');
}
