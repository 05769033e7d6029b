// Records that the graph changed: the single (:GraphVersion {id: 'graph'}) node's version goes
// up by one. The loader runs it last in a batch's first write transaction, only when the batch
// wrote or replaced a document, so it counts committed changes; the API polls it
// (read-graph-version.cypher) to drop cached answers.
// Parameters: none. Returns: version — the new version (integer, 1 for the first change).
MERGE (v:GraphVersion {id: 'graph'})
SET v.version = coalesce(v.version, 0) + 1
RETURN v.version AS version
