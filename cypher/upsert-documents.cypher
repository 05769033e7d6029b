// Writes Document nodes and their publishers.
// Parameters: $rows — list of {id, sha256, source, title, url, publisher, publisherId, place,
//   publishedAt (YYYY-MM-DD or null), language, text}. Returns: nothing.
UNWIND $rows AS row
MERGE (doc:Document {id: row.id})
SET doc.sha256 = row.sha256,
    doc.source = row.source,
    doc.title = row.title,
    doc.url = row.url,
    doc.publisher = row.publisher,
    doc.place = row.place,
    doc.publishedAt = CASE WHEN row.publishedAt IS NULL THEN null ELSE date(row.publishedAt) END,
    doc.language = row.language,
    doc.text = row.text
WITH doc, row
WHERE row.publisherId IS NOT NULL
MERGE (org:Organization {id: row.publisherId})
  ON CREATE SET org:Entity, org.name = row.publisher, org.aliases = [], org.aliasText = '', org.kind = 'news agency'
MERGE (doc)-[:PUBLISHED_BY]->(org)
