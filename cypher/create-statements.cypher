// Creates the statements of new documents with their speaker (SAID), source
// (REPORTED_IN with the span), topics (ABOUT), the entities and events they name
// (MENTIONS), the event they were made at (MADE_AT), and the properties timelines sort
// by — in one pass, so each new statement is found once. Statement ids include the
// document's sha256, so a new document's statements are new nodes. Topics, entities and
// events are written before (upsert-*). Offsets are stored as integers (the driver sends
// JavaScript numbers as floats). The speech act, its stance, cue offsets (null without a cue)
// and confidence are properties; the entities it is directed at get ADDRESSED_TO.
// Parameters: $rows — list of {id, caption, speaker, kind, verb, text, date, start, end, confidence,
//   documentId, sortKey, topics, mentions (entity ids), mentionedEvents, event, act, polarity,
//   actCueStart, actCueEnd, actConfidence, addressees (entity ids)}. Returns: nothing.
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
  sortKey: row.sortKey,
  act: row.act,
  polarity: row.polarity,
  actCueStart: toInteger(row.actCueStart),
  actCueEnd: toInteger(row.actCueEnd),
  actConfidence: row.actConfidence
})
CREATE (speaker)-[:SAID]->(s)
CREATE (s)-[:REPORTED_IN {start: toInteger(row.start), end: toInteger(row.end)}]->(doc)
WITH s, row
CALL (s, row) {
  UNWIND row.topics AS tid
  MATCH (t:Topic {id: tid})
  CREATE (s)-[:ABOUT]->(t)
}
CALL (s, row) {
  UNWIND row.mentions AS mid
  MATCH (m:Entity {id: mid})
  CREATE (s)-[:MENTIONS]->(m)
}
CALL (s, row) {
  UNWIND row.addressees AS aid
  MATCH (a:Entity {id: aid})
  CREATE (s)-[:ADDRESSED_TO]->(a)
}
CALL (s, row) {
  UNWIND row.mentionedEvents AS eid
  MATCH (m:Event {id: eid})
  CREATE (s)-[:MENTIONS]->(m)
}
CALL (s, row) {
  WITH s, row WHERE row.event IS NOT NULL
  MATCH (e:Event {id: row.event})
  CREATE (s)-[:MADE_AT]->(e)
}
