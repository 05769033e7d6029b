// Several statements by id in one round trip, for lookups by id that arrive together
// (src/api/fast-paths.ts batches them): each row answers as statement-by-id.cypher would.
// Parameters: $rows (list of { i: integer, the request's place in the batch; id: string;
// withSpeaker, withProvenance: booleans, as in statement-by-id.cypher }).
// Returns: one row per statement found: i (the row's i) and statement (as in
// statement-by-id.cypher); no row for an id with no statement.
UNWIND $rows AS row
CALL (row) {
  MATCH (s:Statement {id: row.id})
  OPTIONAL MATCH (p:Person {id: s.speakerId}) WHERE row.withSpeaker
  OPTIONAL MATCH (d:Document {id: s.documentId}) WHERE row.withProvenance
  RETURN s {
    .*,
    speaker: p {.*},
    provenance: CASE WHEN d IS NULL THEN null ELSE {
      documentId: d.id, title: d.title, url: d.url, source: d.source, publisher: d.publisher,
      publishedAt: d.publishedAt, start: toInteger(s.start), end: toInteger(s.end),
      excerpt: substring(d.text, toInteger(s.start), toInteger(s.end) - toInteger(s.start))
    } END
  } AS statement
}
RETURN row.i AS i, statement
