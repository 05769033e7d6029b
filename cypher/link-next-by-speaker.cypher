// Splices new statements into their speakers' NEXT_BY_SPEAKER chains, and closes the
// gaps removed statements left. For each row it finds the statement just before and
// just after the row's sortKey on the speaker's timeline (date, document date, document,
// offset) — two seeks in the (speakerId, sortKey) index, read in index order because
// the ORDER BY names both of its properties — so the work is per new statement,
// whatever the length of the timeline.
//   new statement s between p and q: drop p's other outgoing and q's other incoming
//     chain edges (the edge p→q it now sits in), then p→s→q;
//   removed statement between p and q: p→q.
// Cypher runs each clause over all rows before the next, so every deletion sees only
// edges that were there before this statement, and every edge created is between
// neighbours in the final order.
// Parameters: $rows — list of {speaker, sortKey, id (null for a removed statement)}.
// Returns: nothing.
UNWIND $rows AS row
CALL (row) {
  OPTIONAL MATCH (p:Statement)
  WHERE p.speakerId = row.speaker AND p.sortKey < row.sortKey
  WITH p ORDER BY p.speakerId DESC, p.sortKey DESC LIMIT 1
  RETURN p
}
CALL (row) {
  OPTIONAL MATCH (q:Statement)
  WHERE q.speakerId = row.speaker AND q.sortKey > row.sortKey
  WITH q ORDER BY q.speakerId ASC, q.sortKey ASC LIMIT 1
  RETURN q
}
OPTIONAL MATCH (s:Statement {id: row.id})
CALL (p, s) {
  WITH p, s WHERE p IS NOT NULL AND s IS NOT NULL
  MATCH (p)-[r:NEXT_BY_SPEAKER]->(x)
  WHERE x <> s
  DELETE r
}
CALL (q, s) {
  WITH q, s WHERE q IS NOT NULL AND s IS NOT NULL
  MATCH (y)-[r:NEXT_BY_SPEAKER]->(q)
  WHERE y <> s
  DELETE r
}
CALL (p, s) {
  WITH p, s WHERE p IS NOT NULL AND s IS NOT NULL
  MERGE (p)-[:NEXT_BY_SPEAKER]->(s)
}
CALL (q, s) {
  WITH q, s WHERE q IS NOT NULL AND s IS NOT NULL
  MERGE (s)-[:NEXT_BY_SPEAKER]->(q)
}
CALL (p, q, s) {
  WITH p, q, s WHERE s IS NULL AND p IS NOT NULL AND q IS NOT NULL
  MERGE (p)-[:NEXT_BY_SPEAKER]->(q)
}
