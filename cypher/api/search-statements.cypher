// Full-text search of statement texts, for the API's `searchStatements` (src/api/fast-paths.ts):
// best match first, ties by statement id, as Query.searchStatements in schema.graphql.
// Parameters: $query (string, already escaped for Lucene: src/api/lucene.ts); $offset,
// $limit (integers, 0 or more; $limit capped at 500); $asOf (Date or null: only statements
// reported in a document published on or before it); $withSpeaker, $withProvenance.
// Returns: one row per hit in order: hit — { score, statement } with the statement as in
// statement-by-id.cypher.
CALL db.index.fulltext.queryNodes('statement_text', $query) YIELD node, score
WHERE $asOf IS NULL OR EXISTS {
  (node)-[:REPORTED_IN]->(asOfDoc:Document) WHERE asOfDoc.publishedAt <= date($asOf)
}
WITH node AS s, score
ORDER BY score DESC, s.id ASC
SKIP $offset
LIMIT $limit
OPTIONAL MATCH (p:Person {id: s.speakerId}) WHERE $withSpeaker
OPTIONAL MATCH (d:Document {id: s.documentId}) WHERE $withProvenance
RETURN {
  score: score,
  statement: s {
    .*,
    speaker: p {.*},
    provenance: CASE WHEN d IS NULL THEN null ELSE {
      documentId: d.id, title: d.title, url: d.url, source: d.source, publisher: d.publisher,
      publishedAt: d.publishedAt, start: toInteger(s.start), end: toInteger(s.end),
      excerpt: substring(d.text, toInteger(s.start), toInteger(s.end) - toInteger(s.start))
    } END
  }
} AS hit
ORDER BY score DESC, s.id ASC
