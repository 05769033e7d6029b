/**
 * A re-load keeps the analysts' corrections. When a new version of a document replaces the
 * old one (same url, new text), its statements are new nodes; each correction of an old
 * statement is attached to the new statement with the same span and the same text (by
 * SHA-256) and its value applied again, in the loader's write transaction, so the new version
 * is whole with its corrections or not there at all. A correction whose statement is gone is
 * marked `orphaned` and reported (LoadSummary.orphanedCorrections, `diplograph load` on stderr).
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { SpeechAct } from '../../model';
import {
  setActs,
  setSpeakers,
  setStatuses,
  setTopics,
  textSha,
  type ActChange,
  type CorrectionKind,
  type ReviewStatus,
  type SpeakerChange,
  type StatusChange,
  type TopicsChange,
} from './corrections';
import { reviewCypher } from './review-cypher';

/** A correction of a statement of a replaced document (cypher/review/corrections-of-documents.cypher). */
export interface StoredCorrection {
  id: string;
  kind: CorrectionKind;
  value: string[];
  start: number;
  end: number;
  textSha: string;
  documentId: string;
  by: string;
  why: string;
  at: string;
}

/** A statement the load has just written. */
export interface WrittenStatement {
  id: string;
  documentId: string;
  start: number;
  end: number;
  text: string;
}

/** An old version of a document (`from`) and the one replacing it (`to`). */
export interface Replacement {
  from: string;
  to: string;
}

export interface OrphanedCorrection {
  id: string;
  kind: CorrectionKind;
  by: string;
  at: string;
  why: string;
  /** The replaced document the corrected statement was in. */
  documentId: string;
  /** The new version, in which no statement has the same span and text. */
  newDocumentId: string;
  start: number;
  end: number;
}

export interface Attachment {
  correction: StoredCorrection;
  statementId: string;
  documentId: string;
}

/**
 * Pure: which new statement each correction belongs to — the one of the new version with the
 * same start, end and text — or none (orphaned). Corrections keep their order (oldest first).
 */
export function matchCorrections(
  corrections: readonly StoredCorrection[],
  statements: readonly WrittenStatement[],
  replacements: readonly Replacement[],
): { attached: Attachment[]; orphaned: OrphanedCorrection[] } {
  const newVersion = new Map(replacements.map((r) => [r.from, r.to]));
  const bySpan = new Map<string, WrittenStatement>();
  for (const s of statements) bySpan.set(`${s.documentId}|${s.start}|${s.end}`, s);
  const attached: Attachment[] = [];
  const orphaned: OrphanedCorrection[] = [];
  for (const c of corrections) {
    const to = newVersion.get(c.documentId);
    if (to === undefined) continue;
    const statement = bySpan.get(`${to}|${c.start}|${c.end}`);
    if (statement !== undefined && textSha(statement.text) === c.textSha) {
      attached.push({ correction: c, statementId: statement.id, documentId: to });
    } else {
      const { id, kind, by, at, why, documentId, start, end } = c;
      orphaned.push({ id, kind, by, at, why, documentId, newDocumentId: to, start, end });
    }
  }
  return { attached, orphaned };
}

export interface EffectiveChanges {
  speakers: SpeakerChange[];
  topics: TopicsChange[];
  acts: ActChange[];
  statuses: StatusChange[];
}

/** Pure: the value each statement ends with — the last correction of each field wins. */
export function effectiveChanges(attached: readonly Attachment[]): EffectiveChanges {
  const speakers = new Map<string, string>();
  const topics = new Map<string, string[]>();
  const acts = new Map<string, SpeechAct>();
  const statuses = new Map<string, ReviewStatus>();
  for (const { correction: c, statementId } of attached) {
    if (c.kind === 'ACCEPT' || c.kind === 'REJECT')
      statuses.set(statementId, c.kind === 'ACCEPT' ? 'ACCEPTED' : 'REJECTED');
    else if (c.kind === 'TOPICS') topics.set(statementId, c.value);
    else if (c.kind === 'ACT') acts.set(statementId, c.value[0] as SpeechAct);
    else if (c.value[0] !== undefined) speakers.set(statementId, c.value[0]);
  }
  return {
    speakers: [...speakers].map(([id, speaker]) => ({ id, speaker })),
    topics: [...topics].map(([id, t]) => ({ id, topics: t })),
    acts: [...acts].map(([id, act]) => ({ id, act })),
    statuses: [...statuses].map(([id, status]) => ({ id, status })),
  };
}

export interface CarryOverOutcome {
  /** Corrections attached to a statement of the new version. */
  carried: number;
  orphaned: OrphanedCorrection[];
  /** New statements whose speaker a correction set (the chains are built with it). */
  speakers: Map<string, string>;
  topics: Map<string, string[]>;
  /** New statements rejected again (not chained, not echoed). */
  rejected: Set<string>;
}

/**
 * In the loader's write transaction, after the new versions' statements are created: removes
 * the old versions' rejected statements, attaches their corrections to the new statements and
 * applies them (speaker, topics, act, status), marking the rest orphaned.
 */
export async function carryOverCorrections(
  tx: ManagedTransaction,
  replacements: readonly Replacement[],
  statements: readonly WrittenStatement[],
): Promise<CarryOverOutcome> {
  const outcome: CarryOverOutcome = {
    carried: 0,
    orphaned: [],
    speakers: new Map(),
    topics: new Map(),
    rejected: new Set(),
  };
  if (replacements.length === 0) return outcome;
  const documentIds = replacements.map((r) => r.from);
  await tx.run(reviewCypher('delete-rejected'), { documentIds });
  const stored = await tx.run(reviewCypher('corrections-of-documents'), { documentIds });
  const corrections = stored.records.map((r) => {
    const c = r.get('correction') as StoredCorrection;
    return { ...c, start: Number(c.start), end: Number(c.end) };
  });
  if (corrections.length === 0) return outcome;
  const { attached, orphaned } = matchCorrections(corrections, statements, replacements);
  await tx.run(reviewCypher('reattach-corrections'), {
    rows: [
      ...attached.map((a) => ({
        id: a.correction.id,
        statementId: a.statementId,
        documentId: a.documentId,
      })),
      ...orphaned.map((o) => ({ id: o.id, statementId: null, documentId: o.newDocumentId })),
    ],
  });
  const changes = effectiveChanges(attached);
  await setSpeakers(tx, changes.speakers, { relink: false });
  await setTopics(tx, changes.topics);
  await setActs(tx, changes.acts);
  for (const id of await setStatuses(tx, changes.statuses, { relink: false }))
    outcome.rejected.add(id);
  outcome.carried = attached.length;
  outcome.orphaned = orphaned;
  for (const s of changes.speakers) outcome.speakers.set(s.id, s.speaker);
  for (const t of changes.topics) outcome.topics.set(t.id, t.topics);
  return outcome;
}
