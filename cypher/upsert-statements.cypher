// Writes statements with their speaker (SAID) and source (REPORTED_IN with the span),
// and the properties timelines sort by.
// Parameters: $rows — list of {id, speaker, kind, verb, text, date, start, end, confidence,
//   documentId, sortKey}. Returns: nothing.
UNWIND $rows AS row
MATCH (doc:Document {id: row.documentId})
MATCH (speaker:Person {id: row.speaker})
MERGE (s:Statement {id: row.id})
SET s.text = row.text,
    s.kind = row.kind,
    s.verb = row.verb,
    s.date = CASE WHEN row.date IS NULL THEN null ELSE date(row.date) END,
    s.start = row.start,
    s.end = row.end,
    s.confidence = row.confidence,
    s.documentId = row.documentId,
    s.speakerId = row.speaker,
    s.sortKey = row.sortKey
MERGE (speaker)-[:SAID]->(s)
MERGE (s)-[r:REPORTED_IN]->(doc)
SET r.start = row.start, r.end = row.end
