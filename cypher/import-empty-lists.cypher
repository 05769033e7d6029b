// After `neo4j-admin database import`: the empty lists CSV cannot carry (the import tool
// writes no property for an empty array), set as the loader sets them — every entity's and
// topic's aliases, and the evidence spans of an event's REPORTED_IN.
// Parameters: none. Returns: nothing.
CALL () {
  MATCH (e:Entity) WHERE e.aliases IS NULL
  SET e.aliases = []
}
CALL () {
  MATCH (t:Topic) WHERE t.aliases IS NULL
  SET t.aliases = []
}
CALL () {
  MATCH (:Event)-[r:REPORTED_IN]->(:Document) WHERE r.starts IS NULL
  SET r.starts = [], r.ends = []
}
