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
  WITH ev, ev.kind + '|' + pid AS key
  CALL (ev, key) {
    WITH ev, key WHERE ev.date IS NOT NULL
    MATCH (x:Event)-[r:INVOLVES]->()
    WHERE r.matchKey = key
      AND r.date >= date(ev.date) - duration({days: 2}) AND r.date <= date(ev.date) + duration({days: 2})
    RETURN x
    UNION
    WITH ev, key WHERE ev.date IS NOT NULL
    MATCH (x:Event)-[r:INVOLVES]->()
    WHERE r.undatedPlannedKey = key
    RETURN x
    UNION
    WITH ev, key WHERE ev.date IS NULL AND ev.status = 'planned'
    MATCH (x:Event)-[r:INVOLVES]->()
    WHERE r.matchKey = key
    RETURN x
    UNION
    WITH ev, key WHERE ev.date IS NULL AND ev.status <> 'planned'
    MATCH (x:Event)-[r:INVOLVES]->()
    WHERE r.plannedKey = key
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
