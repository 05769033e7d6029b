// Documents written by a load that stopped between its two transactions: in the graph,
// but their statements not yet chained into timelines or linked. Every load finishes
// them before it writes anything, so a later document never splices its statements
// next to unchained ones (which would cut a speaker's chain).
// Parameters: none. Returns: id of each such Document.
MATCH (d:Document)
WHERE d.linked = false
RETURN d.id AS id
ORDER BY id
