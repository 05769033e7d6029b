// The source of each statement: the exact span of the document it was read from, with
// some context either side, so an analyst can check the claim against the text.
// Parameters: $speaker — name, alias or id of a person; $contains — a piece of the statement's
//   text ('' for all of them); $context — characters of context either side (e.g. 80).
// Returns: one row per statement, oldest first: date, speaker, text, excerpt (the document's
//   text at the span), inContext (excerpt with context, the span in «»), publisher, title, url,
//   start, end (UTF-16 offsets into the document text).
// In Browser: :params {speaker: 'Sergei Lavrov', contains: 'strategic stability', context: 80}
MATCH (p:Person)
WHERE p.id = $speaker OR p.name = $speaker OR $speaker IN p.aliases
MATCH (p)-[:SAID]->(s:Statement)-[r:REPORTED_IN]->(d:Document)
WHERE s.text CONTAINS $contains
WITH p, s, r, d, CASE WHEN r.start < $context THEN 0 ELSE r.start - $context END AS from
RETURN s.date AS date, p.name AS speaker, s.text AS text,
       substring(d.text, r.start, r.end - r.start) AS excerpt,
       substring(d.text, from, r.start - from) + '«' + substring(d.text, r.start, r.end - r.start) + '»' +
         substring(d.text, r.end, $context) AS inContext,
       d.publisher AS publisher, d.title AS title, d.url AS url, r.start AS start, r.end AS end
ORDER BY s.sortKey
