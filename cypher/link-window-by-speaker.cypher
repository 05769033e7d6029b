// The statements of the speakers' own windows (REITERATES, a speaker's own CONTRADICTS;
// src/link/statement-links.ts): per speaker, every statement whose sortKey is in the range,
// by range seeks on the (speakerId, sortKey) index. The link step merges each speaker's
// windows into disjoint ranges, so each statement is read once per batch, then picks each
// statement's candidates from these rows in JavaScript. Statements without topics are left out.
// Parameters: $ranges — list of {speaker, from, to} (sortKey prefixes; from inclusive, to exclusive).
// Returns: id, speaker, sortKey, date ('YYYY-MM-DD' or null), text, topics.
UNWIND $ranges AS range
MATCH (c:Statement)
WHERE c.speakerId = range.speaker AND c.sortKey >= range.from AND c.sortKey < range.to
WITH c, COLLECT { MATCH (c)-[:ABOUT]->(t:Topic) RETURN t.id } AS topics
WHERE size(topics) > 0
RETURN c.id AS id, c.speakerId AS speaker, c.sortKey AS sortKey, toString(c.date) AS date, c.text AS text, topics
