/**
 * Converts driver values (Integer, temporal and spatial types, nodes,
 * relationships, paths) into plain JSON values for printing.
 */
import neo4j from 'neo4j-driver';

export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (typeof value === 'bigint') return value.toString();
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value !== 'object') return value;
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isDuration(value) ||
    neo4j.isPoint(value)
  ) {
    return String(value);
  }
  if (neo4j.isNode(value)) return { labels: value.labels, properties: toPlain(value.properties) };
  if (neo4j.isRelationship(value))
    return { type: value.type, properties: toPlain(value.properties) };
  if (neo4j.isPath(value)) {
    return value.segments.map((s) => ({
      start: toPlain(s.start),
      rel: toPlain(s.relationship),
      end: toPlain(s.end),
    }));
  }
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toPlain(v)]));
}
