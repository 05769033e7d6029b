// RESPONDS_TO from a later statement to another party's earlier statement it answers (src/link/score-links.ts).
// MERGE on the pair, so linking a statement again (a retried transaction, a re-run) adds nothing.
// Parameters: $rows — list of {from, to, score, reason}. Returns: nothing.
UNWIND $rows AS row
MATCH (a:Statement {id: row.from})
MATCH (b:Statement {id: row.to})
MERGE (a)-[r:RESPONDS_TO]->(b)
SET r.score = row.score, r.reason = row.reason
