// Creates the Document nodes of a batch, links their publishers, and records where each
// entity is mentioned in them: one MENTIONED_IN edge per entity and document, with the
// character spans. Only documents not yet in the graph reach this statement
// (src/load/write-documents.ts checks sha256 and url first, in the same transaction), so
// CREATE is safe and cheaper than MERGE. Entities are written before (upsert-entities).
// `linked` turns true once src/link has chained and linked the document's statements (a
// second transaction).
// Parameters: $rows — list of {id, caption, sha256, source, title, url, publisher, publisherId, place,
//   publishedAt (YYYY-MM-DD or null), language, text, mentions: [{id, starts, ends}]}.
// Returns: nothing.
UNWIND $rows AS row
CREATE (doc:Document {
  id: row.id,
  caption: row.caption,
  sha256: row.sha256,
  source: row.source,
  title: row.title,
  url: row.url,
  publisher: row.publisher,
  place: row.place,
  publishedAt: CASE WHEN row.publishedAt IS NULL THEN null ELSE date(row.publishedAt) END,
  language: row.language,
  text: row.text,
  linked: false
})
WITH doc, row
CALL (doc, row) {
  WITH doc, row WHERE row.publisherId IS NOT NULL
  MERGE (org:Entity {id: row.publisherId})
    ON CREATE SET org:Organization, org.name = row.publisher, org.aliases = [], org.aliasText = '', org.kind = 'news agency'
  CREATE (doc)-[:PUBLISHED_BY]->(org)
}
CALL (doc, row) {
  UNWIND row.mentions AS m
  MATCH (e:Entity {id: m.id})
  CREATE (e)-[:MENTIONED_IN {starts: [x IN m.starts | toInteger(x)], ends: [x IN m.ends | toInteger(x)]}]->(doc)
}
