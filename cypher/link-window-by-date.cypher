// The statements of other speakers' windows (RESPONDS_TO, CONTRADICTS; src/link/statement-links.ts):
// every statement with a date in one of the ranges, by range seeks on the Statement.date
// index. The link step merges the windows of a batch's statements into disjoint ranges, so
// each statement is read once per batch however many windows it falls in, then picks each
// statement's candidates from these rows in JavaScript. Statements without topics are left
// out: they share a topic with nothing.
// Parameters: $ranges — list of {from, to} ('YYYY-MM-DD', both inclusive).
// Returns: id, speaker, sortKey, date ('YYYY-MM-DD'), text, topics.
UNWIND $ranges AS range
MATCH (c:Statement)
WHERE c.date >= date(range.from) AND c.date <= date(range.to)
WITH c, COLLECT { MATCH (c)-[:ABOUT]->(t:Topic) RETURN t.id } AS topics
WHERE size(topics) > 0
RETURN c.id AS id, c.speakerId AS speaker, c.sortKey AS sortKey, toString(c.date) AS date, c.text AS text, topics
