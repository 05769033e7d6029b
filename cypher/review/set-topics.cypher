// Sets the topics of statements (the corrected view: their ABOUT edges). The first change keeps
// the extracted topic ids in extractedTopicIds (sorted), never overwritten afterwards. Topic
// ids that do not exist are skipped (the caller checks them first).
// Parameters: $rows — list of {id, topics (topic ids)}. Returns: id, previous (the topic ids
//   before, sorted) of each statement found.
UNWIND $rows AS row
MATCH (s:Statement {id: row.id})
WITH s, row, COLLECT { MATCH (s)-[:ABOUT]->(t:Topic) RETURN t.id ORDER BY t.id } AS previous
SET s.extractedTopicIds = coalesce(s.extractedTopicIds, previous)
WITH s, row, previous
CALL (s) {
  MATCH (s)-[r:ABOUT]->(:Topic)
  DELETE r
}
CALL (s, row) {
  UNWIND row.topics AS tid
  MATCH (t:Topic {id: tid})
  MERGE (s)-[:ABOUT]->(t)
}
RETURN s.id AS id, previous
