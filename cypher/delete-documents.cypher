// Removes old versions of documents (same url, new text): their statements,
// the events reported only by them, and the Document nodes. Shared entities,
// topics and events also reported elsewhere stay.
// Parameters: $ids — Document ids. Returns: speakers (ids) and sortKeys of removed
// statements, so their timelines can be relinked.
UNWIND $ids AS docId
MATCH (doc:Document {id: docId})
OPTIONAL MATCH (s:Statement {documentId: docId})
WITH doc, collect(s) AS statements
CALL (doc) {
  OPTIONAL MATCH (e:Event)-[:REPORTED_IN]->(doc)
  WHERE NOT EXISTS { (e)-[:REPORTED_IN]->(other:Document) WHERE other <> doc }
  DETACH DELETE e
}
WITH doc, statements, [s IN statements | {speakerId: s.speakerId, sortKey: s.sortKey}] AS removed
FOREACH (s IN statements | DETACH DELETE s)
DETACH DELETE doc
WITH removed
UNWIND removed AS r
RETURN r.speakerId AS speakerId, r.sortKey AS sortKey
