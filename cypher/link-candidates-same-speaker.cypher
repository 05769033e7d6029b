// Candidates for REITERATES and a speaker's own CONTRADICTS (src/link/statement-links.ts):
// per statement, the same speaker's statements on a shared topic within $windowDays days
// either side, found by a range seek on the (speakerId, sortKey) index — sortKey starts with
// the statement's day — so the work per statement is bounded by the window, not by the
// length of the speaker's timeline; at most $cap, nearest in time first. Statements without
// a day (sortKey '0000-00-00…') or topics have none. Each statement and candidate comes with
// what the scoring reads (src/link/score-links.ts LinkStatement): the text around it in its
// document (before, own, after), topics, mentions, addressees and the speaker's sides.
// Parameters: $ids — Statement ids; $windowDays, $cap — integers.
// Returns: statement (map), candidates (list of maps).
UNWIND $ids AS id
MATCH (s:Statement {id: id})
WITH s, left(s.sortKey, 10) AS dayText, COLLECT { MATCH (s)-[:ABOUT]->(t:Topic) RETURN t.id } AS topics
WHERE dayText <> '0000-00-00' AND size(topics) > 0
WITH s, topics, date(dayText) AS day
CALL (s, topics, day) {
  MATCH (c:Statement)
  WHERE c.speakerId = s.speakerId
    AND c.sortKey >= toString(day - duration({days: $windowDays}))
    AND c.sortKey < toString(day + duration({days: $windowDays + 1}))
    AND c.id <> s.id
    AND EXISTS { (c)-[:ABOUT]->(t:Topic) WHERE t.id IN topics }
  WITH c, abs(duration.inDays(day, date(left(c.sortKey, 10))).days) AS distance
  ORDER BY distance, c.sortKey
  LIMIT $cap
  MATCH (c)-[:REPORTED_IN]->(d:Document)
  RETURN collect(c {
    .id, speaker: c.speakerId, .sortKey, .documentId, .start, .end, .text, .verb, .act, .polarity,
    before: substring(d.text, CASE WHEN c.start > 300 THEN c.start - 300 ELSE 0 END, CASE WHEN c.start > 300 THEN 300 ELSE c.start END),
    own: substring(d.text, c.start, c.end - c.start),
    after: substring(d.text, c.end, 200),
    topics: COLLECT { MATCH (c)-[:ABOUT]->(t:Topic) RETURN t.id },
    mentions: COLLECT { MATCH (c)-[:MENTIONS]->(e:Entity) RETURN e.id },
    addressees: COLLECT { MATCH (c)-[:ADDRESSED_TO]->(e:Entity) RETURN e.id },
    sides: COLLECT { MATCH (:Person {id: c.speakerId})-[:REPRESENTS]->(x) RETURN x.id }
  }) AS candidates
}
MATCH (s)-[:REPORTED_IN]->(d:Document)
RETURN s {
  .id, speaker: s.speakerId, .sortKey, .documentId, .start, .end, .text, .verb, .act, .polarity,
  before: substring(d.text, CASE WHEN s.start > 300 THEN s.start - 300 ELSE 0 END, CASE WHEN s.start > 300 THEN 300 ELSE s.start END),
  own: substring(d.text, s.start, s.end - s.start),
  after: substring(d.text, s.end, 200),
  topics: topics,
  mentions: COLLECT { MATCH (s)-[:MENTIONS]->(e:Entity) RETURN e.id },
  addressees: COLLECT { MATCH (s)-[:ADDRESSED_TO]->(e:Entity) RETURN e.id },
  sides: COLLECT { MATCH (:Person {id: s.speakerId})-[:REPRESENTS]->(x) RETURN x.id }
} AS statement, candidates
