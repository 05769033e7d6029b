// Finds events already in the graph that are the same as incoming ones: same kind,
// same place (or one unknown), at least one shared person, and dates within two days —
// or one of them planned and undated. A shared person is required, so candidates are
// found by index seeks on the keys upsert-events.cypher keeps on each INVOLVES edge to
// a person (`<kind>|<person id>`), never by walking a person's events (people in a large
// corpus take part in a thousand events and more):
//   a dated incoming event:   matchKey with a date within two days (index on matchKey, date),
//                             and undatedPlannedKey (the person's undated planned events);
//   an undated planned one:   matchKey (every event of the kind with the person);
//   an undated held one:      plannedKey (the person's planned events of the kind).
// Parameters: $events — list of {id, kind, place, date, status, participants}.
// Returns: incomingId, existingId (the best match: most shared people, then closest date).
UNWIND $events AS ev
CALL (ev) {
  UNWIND [p IN ev.participants WHERE p STARTS WITH 'person:'] AS pid
  // One key per branch, null where the branch does not apply: a seek on null finds nothing
  // (a WHERE on ev in the branch would be applied after the seek, not instead of it).
  WITH ev, ev.kind + '|' + pid AS key
  WITH ev,
       CASE WHEN ev.date IS NOT NULL THEN key END AS datedKey,
       CASE WHEN ev.date IS NULL AND ev.status = 'planned' THEN key END AS anyKey,
       CASE WHEN ev.date IS NULL AND ev.status <> 'planned' THEN key END AS plannedKey
  CALL (ev, datedKey, anyKey, plannedKey) {
    MATCH (x:Event)-[r:INVOLVES]->()
    WHERE r.matchKey = datedKey
      AND r.date >= date(ev.date) - duration({days: 2}) AND r.date <= date(ev.date) + duration({days: 2})
    RETURN x
    UNION
    MATCH (x:Event)-[r:INVOLVES]->()
    WHERE r.undatedPlannedKey = datedKey
    RETURN x
    UNION
    MATCH (x:Event)-[r:INVOLVES]->()
    WHERE r.matchKey = anyKey
    RETURN x
    UNION
    MATCH (x:Event)-[r:INVOLVES]->()
    WHERE r.plannedKey = plannedKey
    RETURN x
  }
  RETURN DISTINCT x
}
WITH ev, x
WHERE x.id <> ev.id
  AND (x.placeId IS NULL OR ev.place IS NULL OR x.placeId = ev.place)
WITH ev, x, COUNT { (x)-[:INVOLVES]->(p:Person) WHERE p.id IN ev.participants } AS shared,
     CASE WHEN x.date IS NULL OR ev.date IS NULL THEN 99 ELSE abs(duration.inDays(x.date, date(ev.date)).days) END AS distance
WHERE shared > 0
ORDER BY shared DESC, distance ASC, x.id ASC
WITH ev, collect(x.id)[0] AS existingId
RETURN ev.id AS incomingId, existingId
