// Statements on a topic between two dates, for the API's `statementsBy(topic: …, from, to,
// limit, offset, asOf)` without a speaker (src/api/fast-paths.ts): the same answer as
// Query.statementsBy of schema.graphql (whose UNION subquery @neo4j/graphql translates anew
// for every request), as one fixed statement that starts from the topic.
// Parameters: $topic (string: id, name or alias); $from, $to (Date or null, inclusive);
// $offset, $limit (integers, 0 or more; $limit already capped at 500); $asOf (Date or null:
// only statements reported in a document published on or before it); $withSpeaker,
// $withProvenance.
// Returns: one row per statement in order (sortKey, then id): statement — as in
// statement-by-id.cypher.
MATCH (t:Topic)
WHERE t.id = $topic OR toLower(t.name) = toLower($topic)
  OR any(a IN t.aliases WHERE toLower(a) = toLower($topic))
// From each matching topic along its ABOUT edges (a subquery, so the planner cannot start
// from every statement to filter the dates).
CALL (t) {
  MATCH (t)<-[:ABOUT]-(s:Statement)
  WHERE ($from IS NULL OR s.date >= date($from))
    AND ($to IS NULL OR s.date <= date($to))
    AND ($asOf IS NULL OR EXISTS {
      (s)-[:REPORTED_IN]->(asOfDoc:Document) WHERE asOfDoc.publishedAt <= date($asOf)
    })
  RETURN s
}
// A statement about two topics that both answer to $topic counts once.
WITH DISTINCT s
ORDER BY s.sortKey ASC, s.id ASC
SKIP $offset
LIMIT $limit
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
ORDER BY s.sortKey ASC, s.id ASC
