// A speaker's timeline on a topic: what one person said about one topic, oldest first,
// each with the statement it restates (REITERATES) if the linker found one.
// Parameters: $speaker — name, alias or id of a person; $topic — topic name ("strategic stability"),
//   alias or id (topic:strategic-stability).
// Returns: step (1, 2, …), date, verb, text, publisher, reiterates (text of the earlier statement it
//   restates with the highest score, or null), statementId.
// In Browser: :params {speaker: 'Sergei Lavrov', topic: 'strategic stability'}
MATCH (p:Person)
WHERE p.id = $speaker OR p.name = $speaker OR $speaker IN p.aliases
MATCH (t:Topic)
WHERE t.id = $topic OR t.name = $topic OR $topic IN t.aliases
MATCH (p)-[:SAID]->(s:Statement)-[:ABOUT]->(t)
MATCH (s)-[:REPORTED_IN]->(d:Document)
WITH s, d ORDER BY s.sortKey
WITH collect({s: s, d: d}) AS rows
UNWIND range(0, size(rows) - 1) AS i
WITH i, rows[i].s AS s, rows[i].d AS d
RETURN i + 1 AS step, s.date AS date, s.verb AS verb, s.text AS text, d.publisher AS publisher,
       COLLECT { MATCH (s)-[r:REITERATES]->(e:Statement) RETURN e.text ORDER BY r.score DESC, e.id LIMIT 1 }[0] AS reiterates,
       s.id AS statementId
ORDER BY step
