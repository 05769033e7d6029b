// Sets the speaker of statements (the corrected view): speakerId and the SAID edge. The first
// change keeps the extracted speaker in extractedSpeakerId, never overwritten afterwards. The
// statement leaves its old speaker's NEXT_BY_SPEAKER chain (the caller splices it into the new
// one with link-next-by-speaker.cypher). Rows whose speaker is already the one asked change nothing.
// Parameters: $rows — list of {id, speaker (person id)}. Returns: id, oldSpeaker, speaker,
//   sortKey of each statement changed.
UNWIND $rows AS row
MATCH (s:Statement {id: row.id})
MATCH (p:Person {id: row.speaker})
WITH s, p, s.speakerId AS old
WHERE old <> p.id
SET s.extractedSpeakerId = coalesce(s.extractedSpeakerId, old),
    s.speakerId = p.id
WITH s, p, old
CALL (s) {
  MATCH (s)-[r:NEXT_BY_SPEAKER]-()
  DELETE r
}
CALL (s) {
  MATCH (:Person)-[r:SAID]->(s)
  DELETE r
}
CREATE (p)-[:SAID]->(s)
RETURN s.id AS id, old AS oldSpeaker, p.id AS speaker, s.sortKey AS sortKey
