// The edges of new statements to topics (ABOUT), entities (MENTIONS), the event they were
// made at (MADE_AT) and statements they refer to (REFERS_TO).
// Parameters: $rows — list of {id, topics, mentions (entity ids), mentionedEvents, event, refersTo}.
// Returns: nothing.
UNWIND $rows AS row
MATCH (s:Statement {id: row.id})
CALL (s, row) {
  UNWIND row.topics AS tid
  MATCH (t:Topic {id: tid})
  CREATE (s)-[:ABOUT]->(t)
}
CALL (s, row) {
  UNWIND row.mentions AS mid
  MATCH (m:Entity {id: mid})
  CREATE (s)-[:MENTIONS]->(m)
}
CALL (s, row) {
  UNWIND row.mentionedEvents AS eid
  MATCH (m:Event {id: eid})
  CREATE (s)-[:MENTIONS]->(m)
}
CALL (s, row) {
  WITH s, row WHERE row.event IS NOT NULL
  MATCH (e:Event {id: row.event})
  CREATE (s)-[:MADE_AT]->(e)
}
CALL (s, row) {
  UNWIND row.refersTo AS rid
  MATCH (other:Statement {id: rid})
  CREATE (s)-[:REFERS_TO]->(other)
}
