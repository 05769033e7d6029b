// Offices held by people (from the dictionaries, dated). One row per person and office
// per batch; an existing HOLDS edge is left as it is.
// Parameters: $rows — list of {personId, office, title, of, from, to} (dates YYYY-MM-DD or null).
// Returns: nothing.
UNWIND $rows AS row
MATCH (p:Person {id: row.personId})
MERGE (o:Office {id: row.office})
ON CREATE SET o.title = row.title
MERGE (p)-[h:HOLDS]->(o)
ON CREATE SET h.from = CASE WHEN row.from IS NULL THEN null ELSE date(row.from) END,
              h.to = CASE WHEN row.to IS NULL THEN null ELSE date(row.to) END
WITH o, row
WHERE row.of IS NOT NULL AND NOT EXISTS { (o)-[:OF]->() }
MATCH (holder:Entity {id: row.of})
MERGE (o)-[:OF]->(holder)
