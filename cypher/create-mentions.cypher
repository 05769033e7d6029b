// Where each entity is mentioned: one MENTIONED_IN edge per entity and (new) document,
// with the character spans.
// Parameters: $rows — list of {id, documentId, starts, ends}. Returns: nothing.
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
MATCH (doc:Document {id: row.documentId})
CREATE (e)-[:MENTIONED_IN {starts: row.starts, ends: row.ends}]->(doc)
