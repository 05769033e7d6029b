// Records that the graph changed: the single (:GraphVersion {id: 'graph'}) node's version goes
// up by one. The loader runs it in a batch's first write transaction, only when the batch
// wrote or replaced a document, and first in its link transaction (src/load/graph-writer.ts),
// so it counts committed changes and the node's lock orders those transactions; the API polls
// it (read-graph-version.cypher) to drop cached answers.
// Parameters: none. Returns: version — the new version (integer, 1 for the first change).
MERGE (v:GraphVersion {id: 'graph'})
SET v.version = coalesce(v.version, 0) + 1
RETURN v.version AS version
