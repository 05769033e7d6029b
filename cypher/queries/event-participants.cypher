// A meeting and who it involves: the events held in a place, with the people and countries
// taking part, the documents reporting them and the statements made at or about them.
// Parameters: $place — a place's name ("Reykjavik") or id (place:reykjavik).
// Returns: one row per event, by date: event (name), kind, date, status (planned | held),
//   participants (names, sorted), reportedIn (publishers, sorted), statements (count of
//   statements made at or mentioning the event).
// In Browser: :params {place: 'Reykjavik'}
MATCH (e:Event)-[:HELD_IN]->(pl:Place)
WHERE pl.id = $place OR pl.name = $place OR $place IN pl.aliases
RETURN e.name AS event, e.kind AS kind, e.date AS date, e.status AS status,
       COLLECT { MATCH (e)-[:INVOLVES]->(x) RETURN DISTINCT x.name ORDER BY x.name } AS participants,
       COLLECT { MATCH (e)-[:REPORTED_IN]->(d:Document) RETURN DISTINCT d.publisher ORDER BY d.publisher } AS reportedIn,
       COUNT { MATCH (s:Statement) WHERE (s)-[:MADE_AT]->(e) OR (s)-[:MENTIONS]->(e) RETURN DISTINCT s } AS statements
ORDER BY e.date, e.name
