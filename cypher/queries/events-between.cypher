// Diplomatic calendar: the meetings, calls, talks, summits, visits and press conferences
// dated between two days (both included).
// Parameters: $from, $to — dates as 'YYYY-MM-DD' strings.
// Returns: one row per event, by date: date, kind, event (name), place (name or null), status,
//   participants (names, sorted).
// In Browser: :params {from: '2021-05-01', to: '2021-05-31'}
MATCH (e:Event)
WHERE e.date >= date($from) AND e.date <= date($to)
OPTIONAL MATCH (e)-[:HELD_IN]->(pl:Place)
RETURN e.date AS date, e.kind AS kind, e.name AS event, pl.name AS place, e.status AS status,
       COLLECT { MATCH (e)-[:INVOLVES]->(x) RETURN DISTINCT x.name ORDER BY x.name } AS participants
ORDER BY date, event
