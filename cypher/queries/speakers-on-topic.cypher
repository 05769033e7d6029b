// Who spoke about a topic: each speaker's number of statements on it and when.
// Parameters: $topic — topic name ("climate"), alias or id (topic:climate).
// Returns: one row per speaker, most statements first: speaker, represents (countries or
//   organisations, sorted), statements, first, last (dates), documents (count).
// In Browser: :params {topic: 'climate'}
MATCH (t:Topic)
WHERE t.id = $topic OR t.name = $topic OR $topic IN t.aliases
MATCH (p:Person)-[:SAID]->(s:Statement)-[:ABOUT]->(t)
WITH p, count(s) AS statements, min(s.date) AS first, max(s.date) AS last,
     count(DISTINCT s.documentId) AS documents
RETURN p.name AS speaker,
       COLLECT { MATCH (p)-[:REPRESENTS]->(x) RETURN x.name ORDER BY x.name } AS represents,
       statements, first, last, documents
ORDER BY statements DESC, speaker
