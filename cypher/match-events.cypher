// Finds events already in the graph that are the same as incoming ones: same kind,
// same place (or one unknown), at least one shared participant, and dates within
// two days (or one of them planned and undated).
// Parameters: $events — list of {id, kind, place, date, status, participants}.
// Returns: incomingId, existingId (the best match: most shared participants, then closest date).
UNWIND $events AS ev
MATCH (x:Event {kind: ev.kind})-[:INVOLVES]->(p:Entity)
WHERE p.id IN ev.participants
  AND x.id <> ev.id
  AND (x.placeId IS NULL OR ev.place IS NULL OR x.placeId = ev.place)
  AND (
    (x.date IS NOT NULL AND ev.date IS NOT NULL AND abs(duration.inDays(x.date, date(ev.date)).days) <= 2)
    OR (x.date IS NULL AND (x.status = 'planned' OR ev.status = 'planned'))
    OR (ev.date IS NULL AND (x.status = 'planned' OR ev.status = 'planned'))
  )
WITH ev, x, count(p) AS shared,
     CASE WHEN x.date IS NULL OR ev.date IS NULL THEN 99 ELSE abs(duration.inDays(x.date, date(ev.date)).days) END AS distance
ORDER BY shared DESC, distance ASC, x.id ASC
WITH ev, collect(x.id)[0] AS existingId
RETURN ev.id AS incomingId, existingId
