// What the scoring reads of each statement (src/link/score-links.ts LinkStatement) but its
// topics, which the link step already has (link-keys.cypher, link-window-*.cypher): the text
// around it in its document (before ≤ 300 characters, own, after ≤ 200), mentions,
// addressees and the speaker's sides. Read once per statement and batch, however many
// statements it is a candidate of.
// Parameters: $ids — Statement ids.
// Returns: statement (map).
UNWIND $ids AS id
MATCH (s:Statement {id: id})
MATCH (d:Document {id: s.documentId})
RETURN s {
  .id, speaker: s.speakerId, .sortKey, .documentId, .start, .end, .text, .verb, .act, .polarity,
  before: substring(d.text, CASE WHEN s.start > 300 THEN s.start - 300 ELSE 0 END, CASE WHEN s.start > 300 THEN 300 ELSE s.start END),
  own: substring(d.text, s.start, s.end - s.start),
  after: substring(d.text, s.end, 200),
  mentions: COLLECT { MATCH (s)-[:MENTIONS]->(e:Entity) RETURN e.id },
  addressees: COLLECT { MATCH (s)-[:ADDRESSED_TO]->(e:Entity) RETURN e.id },
  sides: COLLECT { MATCH (:Person {id: s.speakerId})-[:REPRESENTS]->(x) RETURN x.id }
} AS statement
