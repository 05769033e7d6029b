// One statement by id, for the API's `statements(where: { id: { eq: $id } })` (src/api/fast-paths.ts).
// Parameters: $id (string); $withSpeaker, $withProvenance (booleans: whether to read them).
// Returns: statement — the statement's properties, plus `speaker` (the Person's properties or
// null) and `provenance` (as Statement.provenance in schema.graphql, or null when not asked);
// no row when there is no such statement. src/api/fast-paths.ts runs this and every
// cypher/api statement with the statement's `.*` replaced by the properties the request asks
// for (`withProperties`), so the `s {` line and the `.*,` after it stay as they are.
MATCH (s:Statement {id: $id})
OPTIONAL MATCH (p:Person {id: s.speakerId}) WHERE $withSpeaker
OPTIONAL MATCH (d:Document {id: s.documentId}) WHERE $withProvenance
RETURN s {
  .*,
  speaker: p {.*},
  provenance: CASE WHEN d IS NULL THEN null ELSE {
    documentId: d.id, title: d.title, url: d.url, source: d.source, publisher: d.publisher,
    publishedAt: d.publishedAt, start: toInteger(s.start), end: toInteger(s.end),
    excerpt: substring(d.text, toInteger(s.start), toInteger(s.end) - toInteger(s.start))
  } END
} AS statement
