// Finds events already in the graph that are the same as incoming ones: same kind,
// same place (or one unknown), at least one shared person, and dates within two days —
// or one of them planned and undated. Candidates come from two index-backed places,
// never from every event of a kind:
//   a dated incoming event: existing events of its kind within two days of it (composite index);
//   any incoming event:     the events of its people (a shared person is required anyway),
//                           kept when undated and planned — or, for an undated incoming event,
//                           when either is planned.
// Going through the people keeps the cost at their number of events, not at the number of
// undated planned events in the whole graph.
// Parameters: $events — list of {id, kind, place, date, status, participants}.
// Returns: incomingId, existingId (the best match: most shared people, then closest date).
UNWIND $events AS ev
CALL (ev) {
  WITH ev WHERE ev.date IS NOT NULL
  MATCH (x:Event)
  WHERE x.kind = ev.kind
    AND x.date >= date(ev.date) - duration({days: 2}) AND x.date <= date(ev.date) + duration({days: 2})
  RETURN x
  UNION
  UNWIND [p IN ev.participants WHERE p STARTS WITH 'person:'] AS pid
  MATCH (:Entity {id: pid})<-[:INVOLVES]-(x:Event)
  WHERE x.kind = ev.kind
    AND CASE WHEN ev.date IS NULL THEN x.status = 'planned' OR ev.status = 'planned'
             ELSE x.undatedPlanned = true END
  RETURN x
}
WITH ev, x
WHERE x.kind = ev.kind AND x.id <> ev.id
  AND (x.placeId IS NULL OR ev.place IS NULL OR x.placeId = ev.place)
WITH ev, x, COUNT { (x)-[:INVOLVES]->(p:Person) WHERE p.id IN ev.participants } AS shared,
     CASE WHEN x.date IS NULL OR ev.date IS NULL THEN 99 ELSE abs(duration.inDays(x.date, date(ev.date)).days) END AS distance
WHERE shared > 0
ORDER BY shared DESC, distance ASC, x.id ASC
WITH ev, collect(x.id)[0] AS existingId
RETURN ev.id AS incomingId, existingId
