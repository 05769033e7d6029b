// Sets the speech act of statements (the corrected view: their `act`). The first change keeps
// the extracted act in extractedAct, never overwritten afterwards.
// Parameters: $rows — list of {id, act ('WARNING'…, checked by the caller)}. Returns: id,
//   previous (the act before) of each statement found.
UNWIND $rows AS row
MATCH (s:Statement {id: row.id})
WITH s, row, s.act AS previous
SET s.extractedAct = coalesce(s.extractedAct, previous),
    s.act = row.act
RETURN s.id AS id, previous
