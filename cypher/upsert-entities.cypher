// Writes people, countries, organisations and places (all also :Entity), accumulating
// aliases across documents. Rows are one per entity per batch; properties are written
// only when they change, so entities every document mentions cost a read, not a write.
// Parameters: $rows — list of {id, label (Person|Country|Organization|Place, from a fixed
//   list in code), name, aliases, kind, iso2}. Returns: nothing.
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e:$(row.label), e.name = row.name, e.aliases = [], e.kind = row.kind, e.iso2 = row.iso2
WITH e, row, [a IN row.aliases WHERE NOT a IN e.aliases] AS added
WHERE size(added) > 0 OR e.name <> row.name
SET e.name = row.name,
    e.aliases = e.aliases + added,
    e.aliasText = reduce(t = '', a IN e.aliases + added | t + ' | ' + a)
