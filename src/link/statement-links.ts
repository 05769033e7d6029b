import neo4j, { type ManagedTransaction, type Record as Neo4jRecord } from 'neo4j-driver';
import { cypher, type CypherName } from '../load/cypher-files';
import {
  CANDIDATES_PER_STATEMENT,
  frameOf,
  OTHER_SPEAKER_WINDOW_DAYS,
  SAME_SPEAKER_WINDOW_DAYS,
  scoreCandidates,
  type LinkEdge,
  type LinkStatement,
  type LinkType,
} from './score-links';

/** Statements per candidate query: bounds what one query returns (up to 200 candidates each). */
export const LINK_CHUNK = 1000;

const UPSERT: Record<LinkType, CypherName> = {
  REITERATES: 'upsert-reiterates',
  RESPONDS_TO: 'upsert-responds-to',
  CONTRADICTS: 'upsert-contradicts',
};

interface StatementMap {
  id: string;
  speaker: string;
  sortKey: string;
  documentId: string;
  start: unknown;
  end: unknown;
  text: string;
  verb: string;
  act: string | null;
  polarity: string | null;
  before: string;
  own: string;
  after: string;
  topics: string[];
  mentions: string[];
  addressees: string[];
  sides: string[];
}

function toLinkStatement(m: StatementMap): LinkStatement {
  return {
    id: m.id,
    speaker: m.speaker,
    sortKey: m.sortKey,
    documentId: m.documentId,
    start: Number(m.start),
    end: Number(m.end),
    text: m.text,
    verb: m.verb,
    frame: frameOf(m.before, m.own, m.after),
    topics: m.topics,
    mentions: m.mentions,
    addressees: m.addressees ?? [],
    sides: m.sides,
    act: m.act ?? null,
    polarity: m.polarity ?? null,
  };
}

function pairsOf(records: readonly Neo4jRecord[]) {
  return records.map((r) => ({
    statement: toLinkStatement(r.get('statement') as StatementMap),
    candidates: (r.get('candidates') as StatementMap[]).map(toLinkStatement),
  }));
}

/**
 * Links statements to earlier ones (REITERATES, RESPONDS_TO, CONTRADICTS, scored by
 * score-links.ts), each against its candidates on both sides in time, so a document that
 * arrives late is linked to what was said after it too. Per 1,000 statements: one candidate
 * query for the speakers' own statements, one for other speakers', then one MERGE per link
 * type. Since a pair's links depend on the pair alone, linking in any order or batching
 * gives the same edges (while no statement has more than 200 candidates in its window).
 * Idempotent. Returns the edges written.
 */
export async function linkStatements(
  tx: ManagedTransaction,
  ids: readonly string[],
): Promise<LinkEdge[]> {
  const written: LinkEdge[] = [];
  for (let i = 0; i < ids.length; i += LINK_CHUNK) {
    const chunk = ids.slice(i, i + LINK_CHUNK);
    const same = await tx.run(cypher('link-candidates-same-speaker'), {
      ids: chunk,
      windowDays: neo4j.int(SAME_SPEAKER_WINDOW_DAYS),
      cap: neo4j.int(CANDIDATES_PER_STATEMENT),
    });
    const other = await tx.run(cypher('link-candidates-other-speakers'), {
      ids: chunk,
      windowDays: neo4j.int(OTHER_SPEAKER_WINDOW_DAYS),
      cap: neo4j.int(CANDIDATES_PER_STATEMENT),
    });
    const edges = scoreCandidates([...pairsOf(same.records), ...pairsOf(other.records)]);
    for (const type of Object.keys(UPSERT) as LinkType[]) {
      const rows = edges
        .filter((e) => e.type === type)
        .map(({ from, to, score, reason }) => ({ from, to, score, reason }));
      if (rows.length > 0) await tx.run(cypher(UPSERT[type]), { rows });
    }
    written.push(...edges);
  }
  return written;
}
