// One person by id with their timeline, for the API's `people(where: { id: { eq: $id } })`
// with or without `timeline(…)` (src/api/fast-paths.ts); the timeline is Person.timeline of
// schema.graphql: date order from the (speakerId, sortKey) index, optional topic (id, name or
// alias) and dates (inclusive).
// Parameters: $id (string); $withTimeline (boolean); $topic (string or null); $from, $to
// (Date or null); $limit (integer, already capped at 0–500); $asOf (Date or null: only
// statements reported in a document published on or before it); $withSpeaker, $withProvenance.
// Returns: person — the Person's properties plus `timeline`, a list of statements as in
// statement-by-id.cypher ([] when not asked); no row when there is no such person.
MATCH (p:Person {id: $id})
// The topics that answer to $topic, found once (about 30 topics), not once per statement.
OPTIONAL MATCH (t:Topic)
WHERE $topic IS NOT NULL AND (t.id = $topic OR toLower(t.name) = toLower($topic)
  OR any(a IN t.aliases WHERE toLower(a) = toLower($topic)))
WITH p, collect(t) AS topics
CALL (p, topics) {
  MATCH (s:Statement)
  WHERE $withTimeline
    AND s.speakerId = p.id
    AND s.sortKey >= coalesce(toString(date($from)), '')
    AND s.sortKey < coalesce(toString(date($to) + duration({days: 1})), '~')
    AND ($from IS NULL OR s.date >= date($from))
    AND ($to IS NULL OR s.date <= date($to))
    AND ($topic IS NULL OR any(t IN topics WHERE EXISTS { (s)-[:ABOUT]->(t) }))
    AND ($asOf IS NULL OR EXISTS {
      (s)-[:REPORTED_IN]->(asOfDoc:Document) WHERE asOfDoc.publishedAt <= date($asOf)
    })
  WITH s
  ORDER BY s.speakerId ASC, s.sortKey ASC
  LIMIT $limit
  OPTIONAL MATCH (d:Document {id: s.documentId}) WHERE $withProvenance
  WITH s, d
  ORDER BY s.sortKey ASC
  RETURN collect(s {
    .*,
    speaker: CASE WHEN $withSpeaker THEN p {.*} ELSE null END,
    provenance: CASE WHEN d IS NULL THEN null ELSE {
      documentId: d.id, title: d.title, url: d.url, source: d.source, publisher: d.publisher,
      publishedAt: d.publishedAt, start: toInteger(s.start), end: toInteger(s.end),
      excerpt: substring(d.text, toInteger(s.start), toInteger(s.end) - toInteger(s.start))
    } END
  }) AS timeline
}
RETURN p {.*, timeline: timeline} AS person
