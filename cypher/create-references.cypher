// REFERS_TO edges from new statements to the statements they refer to ("recalling the
// words of President Putin"). Runs after create-statements, when every statement of the
// batch exists, whatever the order of the rows.
// Parameters: $rows — list of {id, refersTo (statement ids)}. Returns: nothing.
UNWIND $rows AS row
MATCH (s:Statement {id: row.id})
UNWIND row.refersTo AS rid
MATCH (other:Statement {id: rid})
CREATE (s)-[:REFERS_TO]->(other)
