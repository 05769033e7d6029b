// Earlier-or-other statements of the same speaker that share a topic with each new
// statement: the candidates src/link scores for ECHOES.
// Parameters: $statements — list of {id, speaker, topics}; $limit — candidates per statement.
// Returns: id (new statement), candidateId, candidateText.
UNWIND $statements AS st
CALL (st) {
  MATCH (c:Statement)-[:ABOUT]->(t:Topic)
  WHERE c.speakerId = st.speaker AND t.id IN st.topics AND c.id <> st.id
  WITH DISTINCT c
  ORDER BY c.sortKey DESC
  LIMIT $limit
  RETURN c
}
RETURN st.id AS id, c.id AS candidateId, c.text AS candidateText, c.sortKey AS candidateSortKey
