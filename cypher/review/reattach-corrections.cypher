// After a re-load: attaches each carried-over correction to the new version's statement (same
// span and text) and points it at its new document; one with no such statement stays as it was
// and is marked orphaned.
// Parameters: $rows — list of {id (correction), statementId (or null: orphaned), documentId
//   (the new document)}. Returns: nothing.
UNWIND $rows AS row
MATCH (c:Correction {id: row.id})
SET c.orphaned = row.statementId IS NULL
WITH c, row
WHERE row.statementId IS NOT NULL
SET c.statementId = row.statementId, c.documentId = row.documentId
WITH c, row
MATCH (s:Statement {id: row.statementId})
MERGE (c)-[:CORRECTS]->(s)
