// Offices held by people (from the dictionaries, dated), and whom they represent.
// Parameters: $rows — list of {personId, office, title, of, from, to} (dates YYYY-MM-DD or null).
// Returns: nothing.
UNWIND $rows AS row
MATCH (p:Person {id: row.personId})
MERGE (o:Office {id: row.office})
SET o.title = row.title
MERGE (p)-[h:HOLDS]->(o)
SET h.from = CASE WHEN row.from IS NULL THEN null ELSE date(row.from) END,
    h.to = CASE WHEN row.to IS NULL THEN null ELSE date(row.to) END
WITH o, row
WHERE row.of IS NOT NULL
MATCH (holder:Entity {id: row.of})
MERGE (o)-[:OF]->(holder)
