// The typed links (REITERATES, RESPONDS_TO, CONTRADICTS; src/link/score-links.ts) of statements
// no link can touch yet: statements the same load batch has just created, when nothing changed the
// graph since (src/load/graph-writer.ts: the graph version is the write's plus one). CREATE, not MERGE: a relationship MERGE scans the edges of one end
// for an existing one, per link. Rows are grouped by the later statement, so it is found once
// however many links it has; a retried transaction rolled back whatever it had written.
// Parameters: $rows — list of {from, reiterates, respondsTo, contradicts}, each of the three a
//   list of {to, score, reason}. Returns: nothing.
UNWIND $rows AS row
MATCH (a:Statement {id: row.from})
CALL (a, row) {
  UNWIND row.reiterates AS link
  MATCH (b:Statement {id: link.to})
  CREATE (a)-[:REITERATES {score: link.score, reason: link.reason}]->(b)
}
CALL (a, row) {
  UNWIND row.respondsTo AS link
  MATCH (b:Statement {id: link.to})
  CREATE (a)-[:RESPONDS_TO {score: link.score, reason: link.reason}]->(b)
}
CALL (a, row) {
  UNWIND row.contradicts AS link
  MATCH (b:Statement {id: link.to})
  CREATE (a)-[:CONTRADICTS {score: link.score, reason: link.reason}]->(b)
}
