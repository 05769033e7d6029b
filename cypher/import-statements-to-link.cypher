// The statements to echo after an import, in the order given (the loader's order), with
// what src/link/echoes.ts needs.
// Parameters: $ids — Statement ids. Returns: id, speaker, topics, text, sortKey.
UNWIND $ids AS sid
MATCH (s:Statement {id: sid})
RETURN s.id AS id, s.speakerId AS speaker, COLLECT { MATCH (s)-[:ABOUT]->(t:Topic) RETURN t.id } AS topics,
       s.text AS text, s.sortKey AS sortKey
