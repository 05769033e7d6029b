// Candidates for ECHOES: the statements within 20 places of each new statement on its
// speaker's NEXT_BY_SPEAKER timeline (either side, so an older document that arrives late
// is compared with what was said after it) that share a topic with it. Walking the chain
// keeps the work per statement bounded however long the speaker's timeline grows.
// Parameters: $statements — list of {id, topics}. Returns: id (new statement), candidateId,
// candidateText, candidateSortKey.
UNWIND $statements AS st
MATCH (s:Statement {id: st.id})
CALL (s, st) {
  MATCH (c:Statement)-[:NEXT_BY_SPEAKER]->{1,20}(s)
  WHERE EXISTS { (c)-[:ABOUT]->(t:Topic) WHERE t.id IN st.topics }
  RETURN c
  UNION
  MATCH (s)-[:NEXT_BY_SPEAKER]->{1,20}(c:Statement)
  WHERE EXISTS { (c)-[:ABOUT]->(t:Topic) WHERE t.id IN st.topics }
  RETURN c
}
RETURN st.id AS id, c.id AS candidateId, c.text AS candidateText, c.sortKey AS candidateSortKey
