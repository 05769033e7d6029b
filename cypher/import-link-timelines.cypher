// Chains each speaker's statements after an import: NEXT_BY_SPEAKER from every statement
// to the next by sortKey (date, document date, document, offset), read in index order from
// the (speakerId, sortKey) index — the chain link-next-by-speaker.cypher keeps when
// statements arrive one batch at a time. MERGE, so running it twice changes nothing.
// Parameters: $speakers — list of Person ids. Returns: nothing.
UNWIND $speakers AS speaker
CALL (speaker) {
  MATCH (s:Statement)
  WHERE s.speakerId = speaker AND s.sortKey IS NOT NULL
  WITH s ORDER BY s.speakerId, s.sortKey
  WITH collect(s) AS chain
  UNWIND range(0, size(chain) - 2) AS i
  WITH chain[i] AS a, chain[i + 1] AS b
  MERGE (a)-[:NEXT_BY_SPEAKER]->(b)
}
