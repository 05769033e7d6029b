// What a country said: the statements of the people who represent a country (or an
// organisation), with who said them.
// Parameters: $country — a country's name ("Russia"), alias ("Moscow") or id (country:ru);
//   an organisation's works too.
// Returns: one row per statement, oldest first: date, speaker, office (titles the speaker held
//   on that date, sorted), verb, text, publisher.
// In Browser: :params {country: 'Russia'}
MATCH (c:Entity)
WHERE c.id = $country OR c.name = $country OR $country IN c.aliases
MATCH (p:Person)-[:REPRESENTS]->(c)
MATCH (p)-[:SAID]->(s:Statement)-[:REPORTED_IN]->(d:Document)
RETURN s.date AS date, p.name AS speaker,
       COLLECT {
         MATCH (p)-[h:HOLDS]->(o:Office)
         WHERE s.date IS NULL OR ((h.from IS NULL OR h.from <= s.date) AND (h.to IS NULL OR s.date <= h.to))
         RETURN o.title ORDER BY o.title
       } AS office,
       s.verb AS verb, s.text AS text, d.publisher AS publisher
ORDER BY s.sortKey, speaker
