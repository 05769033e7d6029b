// Who said what: everything one person said, in the order they said it.
// Parameters: $speaker — a person's name, one of their aliases ("Lavrov" is not one; "Tony Blinken" is),
//   or their id (person:sergei-lavrov).
// Returns: one row per statement, oldest first: date, speaker, verb, kind (direct | indirect), text,
//   topics (names), event (name of the event it was made at, or null), publisher, publishedAt, statementId.
// In Browser: :params {speaker: 'Sergei Lavrov'}
MATCH (p:Person)
WHERE p.id = $speaker OR p.name = $speaker OR $speaker IN p.aliases
MATCH (p)-[:SAID]->(s:Statement)-[:REPORTED_IN]->(d:Document)
OPTIONAL MATCH (s)-[:MADE_AT]->(e:Event)
RETURN s.date AS date, p.name AS speaker, s.verb AS verb, s.kind AS kind, s.text AS text,
       COLLECT { MATCH (s)-[:ABOUT]->(t:Topic) RETURN t.name ORDER BY t.name } AS topics,
       e.name AS event, d.publisher AS publisher, d.publishedAt AS publishedAt, s.id AS statementId
ORDER BY s.sortKey
