// Re-chains NEXT_BY_SPEAKER around the statements a batch added or removed. For each
// speaker it takes the stretch of the timeline from the statement before the first
// touched sortKey to the one after the last, drops the chain edges inside it and
// rebuilds them in sortKey order (date, document date, document, offset). The work is
// proportional to that stretch, not to the graph.
// Parameters: $speakers — list of {id, minKey, maxKey}. Returns: speakerId, linked (edges in the stretch).
UNWIND $speakers AS sp
CALL (sp) {
  OPTIONAL MATCH (b:Statement)
  WHERE b.speakerId = sp.id AND b.sortKey < sp.minKey
  WITH b ORDER BY b.sortKey DESC LIMIT 1
  RETURN coalesce(b.sortKey, '') AS lo
}
CALL (sp) {
  OPTIONAL MATCH (a:Statement)
  WHERE a.speakerId = sp.id AND a.sortKey > sp.maxKey
  WITH a ORDER BY a.sortKey ASC LIMIT 1
  RETURN coalesce(a.sortKey, sp.maxKey) AS hi
}
CALL (sp, lo, hi) {
  MATCH (s:Statement)
  WHERE s.speakerId = sp.id AND s.sortKey >= lo AND s.sortKey <= hi
  WITH s ORDER BY s.sortKey ASC
  WITH collect(s) AS chain
  CALL (chain) {
    UNWIND chain AS s
    MATCH (s)-[r:NEXT_BY_SPEAKER]->(t)
    WHERE t IN chain
    DELETE r
  }
  CALL (chain) {
    UNWIND range(0, size(chain) - 2) AS i
    WITH chain[i] AS a, chain[i + 1] AS b
    MERGE (a)-[:NEXT_BY_SPEAKER]->(b)
  }
  RETURN size(chain) - 1 AS linked
}
RETURN sp.id AS speakerId, linked
