// Which country or organisation each person represents.
// Parameters: $rows — list of {personId, of}. Returns: nothing.
UNWIND $rows AS row
MATCH (p:Person {id: row.personId})
MATCH (x:Entity {id: row.of})
MERGE (p)-[:REPRESENTS]->(x)
