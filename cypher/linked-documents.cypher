// How many of the given documents are already marked linked (mark-linked.cypher): the link
// transaction of a batch asks before it CREATEs links, since a driver retry after a commit
// whose answer was lost would otherwise write them twice (src/load/graph-writer.ts).
// Parameters: $ids — Document ids. Returns: linked (a count).
UNWIND $ids AS docId
MATCH (d:Document {id: docId})
WHERE d.linked
RETURN count(d) AS linked
