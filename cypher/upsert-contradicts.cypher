// CONTRADICTS from a later statement to an earlier statement whose proposition it negates or opposes (src/link/score-links.ts).
// MERGE on the pair, so linking a statement again (a retried transaction, a re-run) adds nothing.
// Parameters: $rows — list of {from, to, score, reason}. Returns: nothing.
UNWIND $rows AS row
MATCH (a:Statement {id: row.from})
MATCH (b:Statement {id: row.to})
MERGE (a)-[r:CONTRADICTS]->(b)
SET r.score = row.score, r.reason = row.reason
