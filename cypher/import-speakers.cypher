// The speakers of all statements, for chaining whole timelines after an import.
// Parameters: none. Returns: speaker (Person id), statements (how many they made).
MATCH (s:Statement)
RETURN s.speakerId AS speaker, count(*) AS statements
ORDER BY speaker
