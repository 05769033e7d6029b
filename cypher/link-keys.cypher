// What the link step (src/link/statement-links.ts) needs to find a statement's candidates:
// its speaker, sortKey (its first 10 characters are the day the same-speaker window is
// centred on), date (the other-speaker window's centre; null when the statement has no
// date of its own), text (pairs too unlike for any link are dropped before the rest is
// read: src/link/score-links.ts MIN_LINK_SIMILARITY) and topics. Property reads and one expansion per statement.
// Parameters: $ids — Statement ids.
// Returns: id, speaker, sortKey, date ('YYYY-MM-DD' or null), text, topics.
UNWIND $ids AS id
MATCH (s:Statement {id: id})
RETURN s.id AS id, s.speakerId AS speaker, s.sortKey AS sortKey, toString(s.date) AS date, s.text AS text,
       COLLECT { MATCH (s)-[:ABOUT]->(t:Topic) RETURN t.id } AS topics
