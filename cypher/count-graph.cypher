// Node counts by label and relationship counts by type, for summaries and tests.
// Parameters: none. Returns: kind ('label' | 'type'), name, count.
CALL db.labels() YIELD label
CALL (label) {
  MATCH (n:$(label))
  RETURN count(n) AS count
}
RETURN 'label' AS kind, label AS name, count
UNION ALL
CALL db.relationshipTypes() YIELD relationshipType
CALL (relationshipType) {
  MATCH ()-[r:$(relationshipType)]->()
  RETURN count(r) AS count
}
RETURN 'type' AS kind, relationshipType AS name, count
