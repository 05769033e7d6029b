// Records analyst corrections, each attached to the statement it corrects (rejected or not).
// `value` and `previous` are lists of strings (a person id, topic ids, a review status).
// Parameters: $rows — list of {id, kind, field, value, previous, by, at (ISO date-time), why,
//   statementId, documentId, start, end, textSha}. Returns: correction — each node's properties.
UNWIND $rows AS row
CREATE (c:Correction {
  id: row.id,
  kind: row.kind,
  field: row.field,
  value: row.value,
  previous: row.previous,
  by: row.by,
  at: datetime(row.at),
  why: row.why,
  statementId: row.statementId,
  documentId: row.documentId,
  start: toInteger(row.start),
  end: toInteger(row.end),
  textSha: row.textSha,
  orphaned: false
})
WITH c, row
CALL (c, row) {
  OPTIONAL MATCH (s:Statement {id: row.statementId})
  OPTIONAL MATCH (r:RejectedStatement {id: row.statementId})
  WITH c, coalesce(s, r) AS target
  WHERE target IS NOT NULL
  CREATE (c)-[:CORRECTS]->(target)
}
RETURN c {.*} AS correction
