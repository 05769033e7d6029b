// Topics of the controlled vocabulary that the documents touch.
// Parameters: $rows — list of {id, name, aliases}. Returns: nothing.
UNWIND $rows AS row
MERGE (t:Topic {id: row.id})
SET t.name = row.name, t.aliases = row.aliases, t.aliasText = reduce(s = '', a IN row.aliases | s + ' | ' + a)
