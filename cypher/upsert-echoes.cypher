// ECHOES from a statement to an earlier one of the same speaker that restates it.
// Parameters: $rows — list of {from, to, score}. Returns: nothing.
UNWIND $rows AS row
MATCH (a:Statement {id: row.from})
MATCH (b:Statement {id: row.to})
MERGE (a)-[e:ECHOES]->(b)
SET e.score = row.score
