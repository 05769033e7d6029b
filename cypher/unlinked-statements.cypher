// The statements of documents not yet chained and linked (a load that stopped
// between its two transactions), so linking can be finished.
// Parameters: $ids — Document ids. Returns: id, speaker, topics, text, sortKey.
UNWIND $ids AS docId
MATCH (s:Statement {documentId: docId})
RETURN s.id AS id, s.speakerId AS speaker, COLLECT { MATCH (s)-[:ABOUT]->(t:Topic) RETURN t.id } AS topics,
       s.text AS text, s.sortKey AS sortKey
