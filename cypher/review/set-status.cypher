// Sets the review status of statements. REJECTED swaps the label Statement for
// RejectedStatement (hidden from every query, list, count and full-text search) and takes the
// statement out of its speaker's NEXT_BY_SPEAKER chain; ACCEPTED of a rejected statement gives
// the label back (the caller splices it into the chain again with link-next-by-speaker.cypher).
// Parameters: $rows — list of {id, status ('ACCEPTED' or 'REJECTED')}. Returns: id, speaker,
//   sortKey, wasRejected, rejected (after), previous (the status before, or null).
UNWIND $rows AS row
CALL (row) {
  MATCH (s:Statement {id: row.id})
  RETURN s
  UNION
  MATCH (s:RejectedStatement {id: row.id})
  RETURN s
}
WITH s, row, s:RejectedStatement AS wasRejected, s.reviewStatus AS previous
SET s.reviewStatus = row.status
FOREACH (_ IN CASE WHEN row.status = 'REJECTED' AND NOT wasRejected THEN [1] ELSE [] END |
  REMOVE s:Statement
  SET s:RejectedStatement)
FOREACH (_ IN CASE WHEN row.status = 'ACCEPTED' AND wasRejected THEN [1] ELSE [] END |
  REMOVE s:RejectedStatement
  SET s:Statement)
WITH s, row, wasRejected, previous
CALL (s, row, wasRejected) {
  WITH s WHERE row.status = 'REJECTED' AND NOT wasRejected
  MATCH (s)-[r:NEXT_BY_SPEAKER]-()
  DELETE r
}
RETURN s.id AS id, s.speakerId AS speaker, s.sortKey AS sortKey, wasRejected,
  s:RejectedStatement AS rejected, previous
