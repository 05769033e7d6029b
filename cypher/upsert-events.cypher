// Writes events (new, or merged into an existing one: a planned event becomes held when
// a report says so; a missing date or place is filled), where they were held, who took
// part, and the document with the evidence spans.
// Parameters: $rows — list of {id, kind, name, date, status, place, placeName, participants,
//   documentId, starts, ends}. Returns: nothing.
UNWIND $rows AS row
MERGE (e:Event {id: row.id})
ON CREATE SET e.kind = row.kind, e.name = row.name, e.status = row.status
SET e.date = coalesce(e.date, CASE WHEN row.date IS NULL THEN null ELSE date(row.date) END),
    e.placeId = coalesce(e.placeId, row.place),
    e.status = CASE WHEN row.status = 'held' THEN 'held' ELSE e.status END
WITH e, row
// Indexed flag for cypher/match-events.cypher; null (absent) once the event has a date or was held.
SET e.undatedPlanned = CASE WHEN e.date IS NULL AND e.status = 'planned' THEN true ELSE null END
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
