// Writes events (new, or merged into an existing one: a planned event becomes held when
// a report says so; a missing date or place is filled), where they were held, who took
// part, and the document with the evidence spans. Each INVOLVES edge to a person carries the
// keys cypher/match-events.cypher seeks by (`<kind>|<person id>`, the event's date, and the
// key again when the event is planned / planned and undated), refreshed whenever the
// event's date or status changes.
// Parameters: $rows — list of {id, kind, name, date, status, place, placeName, participants,
//   documentId, starts, ends}. Returns: nothing.
UNWIND $rows AS row
MERGE (e:Event {id: row.id})
ON CREATE SET e.kind = row.kind, e.name = row.name, e.status = row.status
SET e.date = coalesce(e.date, CASE WHEN row.date IS NULL THEN null ELSE date(row.date) END),
    e.placeId = coalesce(e.placeId, row.place),
    e.status = CASE WHEN row.status = 'held' THEN 'held' ELSE e.status END
WITH e, row
MATCH (doc:Document {id: row.documentId})
MERGE (e)-[r:REPORTED_IN]->(doc)
SET r.starts = [x IN row.starts | toInteger(x)], r.ends = [x IN row.ends | toInteger(x)]
WITH e, row
CALL (e, row) {
  WITH e, row WHERE row.place IS NOT NULL
  MERGE (pl:Entity {id: row.place})
  ON CREATE SET pl:Place, pl.name = row.placeName, pl.aliases = [], pl.aliasText = ''
  MERGE (e)-[:HELD_IN]->(pl)
}
CALL (e, row) {
  UNWIND row.participants AS pid
  MATCH (p:Entity {id: pid})
  MERGE (e)-[:INVOLVES]->(p)
}
CALL (e) {
  MATCH (e)-[r:INVOLVES]->(p:Person)
  WITH r, e.kind + '|' + p.id AS key, e.date AS date, e.status = 'planned' AS planned
  WITH r, key, date,
       CASE WHEN planned THEN key END AS plannedKey,
       CASE WHEN planned AND date IS NULL THEN key END AS undatedPlannedKey
  // Only edges whose keys change are written (an event reported again mostly keeps them).
  WHERE r.matchKey IS NULL
     OR NOT coalesce(r.date = date, r.date IS NULL AND date IS NULL)
     OR coalesce(r.plannedKey, '') <> coalesce(plannedKey, '')
     OR coalesce(r.undatedPlannedKey, '') <> coalesce(undatedPlannedKey, '')
  SET r.matchKey = key, r.date = date, r.plannedKey = plannedKey, r.undatedPlannedKey = undatedPlannedKey
}
