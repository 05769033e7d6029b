// People a review mutation names, with the statements (not rejected) each said.
// Parameters: $ids — list of person ids. Returns: one row per person found: id, name,
//   mergedInto (or null), statementIds.
UNWIND $ids AS id
MATCH (p:Person {id: id})
RETURN p.id AS id, p.name AS name, p.mergedInto AS mergedInto,
  COLLECT { MATCH (p)-[:SAID]->(s:Statement) RETURN s.id ORDER BY s.sortKey, s.id } AS statementIds
