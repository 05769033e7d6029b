// Creates the statements of new documents with their speaker (SAID) and source
// (REPORTED_IN with the span), and the properties timelines sort by. Statement ids
// include the document's sha256, so a new document's statements are new nodes.
// Offsets are stored as integers (the driver sends JavaScript numbers as floats).
// Parameters: $rows — list of {id, caption, speaker, kind, verb, text, date, start, end, confidence,
//   documentId, sortKey}. Returns: nothing.
UNWIND $rows AS row
MATCH (doc:Document {id: row.documentId})
MATCH (speaker:Person {id: row.speaker})
CREATE (s:Statement {
  id: row.id,
  caption: row.caption,
  text: row.text,
  kind: row.kind,
  verb: row.verb,
  date: CASE WHEN row.date IS NULL THEN null ELSE date(row.date) END,
  start: toInteger(row.start),
  end: toInteger(row.end),
  confidence: row.confidence,
  documentId: row.documentId,
  speakerId: row.speaker,
  sortKey: row.sortKey
})
CREATE (speaker)-[:SAID]->(s)
CREATE (s)-[:REPORTED_IN {start: toInteger(row.start), end: toInteger(row.end)}]->(doc)
