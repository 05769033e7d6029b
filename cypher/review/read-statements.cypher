// The statements a review mutation is about, rejected or not, with what it needs to check the
// request and record the correction (src/load/review/corrections.ts).
// Parameters: $ids — list of statement ids. Returns: one row per statement found: id, text,
//   documentId, start, end, speakerId, topicIds (sorted), act, reviewStatus (or null), rejected.
UNWIND $ids AS id
CALL (id) {
  MATCH (s:Statement {id: id})
  RETURN s
  UNION
  MATCH (s:RejectedStatement {id: id})
  RETURN s
}
RETURN s.id AS id, s.text AS text, s.documentId AS documentId,
  toInteger(s.start) AS start, toInteger(s.end) AS end, s.speakerId AS speakerId,
  COLLECT { MATCH (s)-[:ABOUT]->(t:Topic) RETURN t.id ORDER BY t.id } AS topicIds, s.act AS act,
  s.reviewStatus AS reviewStatus, s:RejectedStatement AS rejected
