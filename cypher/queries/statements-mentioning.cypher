// Who talked about someone or something: the statements that mention a person, country,
// organisation or place.
// Parameters: $entity — a name ("Antony Blinken", "Russia"), an alias ("Moscow" for Russia,
//   "Washington" for the United States) or an id (country:ru).
// Returns: one row per statement, oldest first: date, speaker, verb, text, mentioned (the
//   entity's name), publisher.
// In Browser: :params {entity: 'Antony Blinken'}
MATCH (x:Entity)
WHERE x.id = $entity OR x.name = $entity OR $entity IN x.aliases
MATCH (p:Person)-[:SAID]->(s:Statement)-[:MENTIONS]->(x)
MATCH (s)-[:REPORTED_IN]->(d:Document)
RETURN s.date AS date, p.name AS speaker, s.verb AS verb, s.text AS text, x.name AS mentioned,
       d.publisher AS publisher
ORDER BY s.sortKey, speaker
