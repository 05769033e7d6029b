// Statements on a topic in a date range of at most a year, for the API's `statementsBy(topic,
// from, to, …)` without a speaker (src/api/fast-paths.ts): the same answer as
// statements-by-topic.cypher, read the other way round: the statements of the dates from the
// statement_date index (a month holds about a hundred of the bench's 49,342), then whether
// they are about the topic — cheaper than all of a large topic's statements.
// Parameters: as statements-by-topic.cypher, with $from and $to both set (Date).
// Returns: as statements-by-topic.cypher.
MATCH (t:Topic)
WHERE t.id = $topic OR toLower(t.name) = toLower($topic)
  OR any(a IN t.aliases WHERE toLower(a) = toLower($topic))
WITH collect(t) AS topics
MATCH (s:Statement)
WHERE s.date >= date($from) AND s.date <= date($to)
  AND any(t IN topics WHERE EXISTS { (s)-[:ABOUT]->(t) })
  AND ($asOf IS NULL OR EXISTS {
    (s)-[:REPORTED_IN]->(asOfDoc:Document) WHERE asOfDoc.publishedAt <= date($asOf)
  })
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
