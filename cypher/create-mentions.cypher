// Where each entity is mentioned: one MENTIONED_IN edge per entity and (new) document,
// with the character spans.
// Parameters: $rows — list of {id, documentId, starts, ends}. Returns: nothing.
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
MATCH (doc:Document {id: row.documentId})
CREATE (e)-[:MENTIONED_IN {starts: [x IN row.starts | toInteger(x)], ends: [x IN row.ends | toInteger(x)]}]->(doc)
