// Writes the same-event match keys (see upsert-events.cypher) on INVOLVES edges to people
// written before the keys existed, so cypher/match-events.cypher finds those events too.
// Run once per load, before the first batch; a graph loaded by this version has none to do.
// Parameters: none. Returns: edges — how many edges it keyed.
MATCH (e:Event)-[r:INVOLVES]->(p:Person)
WHERE r.matchKey IS NULL
WITH e, r, e.kind + '|' + p.id AS key
SET r.matchKey = key,
    r.date = e.date,
    r.plannedKey = CASE WHEN e.status = 'planned' THEN key END,
    r.undatedPlannedKey = CASE WHEN e.status = 'planned' AND e.date IS NULL THEN key END
RETURN count(r) AS edges
