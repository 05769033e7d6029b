// Writes people, countries, organisations and places (all also :Entity),
// accumulating aliases across documents, and where each is mentioned.
// Parameters: $rows — list of {id, label (Person|Country|Organization|Place, from a fixed
//   list in code), name, aliases, kind, iso2, documentId, starts, ends}. Returns: nothing.
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
SET e:$(row.label)
WITH e, row, [a IN coalesce(e.aliases, []) WHERE NOT a IN row.aliases] + row.aliases AS aliases
SET e.name = row.name,
    e.aliases = aliases,
    e.aliasText = reduce(t = '', a IN aliases | t + ' | ' + a),
    e.kind = coalesce(row.kind, e.kind),
    e.iso2 = coalesce(row.iso2, e.iso2)
WITH e, row
MATCH (doc:Document {id: row.documentId})
MERGE (e)-[m:MENTIONED_IN]->(doc)
SET m.starts = row.starts, m.ends = row.ends
