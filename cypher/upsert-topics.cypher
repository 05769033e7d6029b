// Topics of the controlled vocabulary that the documents touch; name and aliases are
// refreshed only when the vocabulary changed them.
// Parameters: $rows — list of {id, name, aliases}. Returns: nothing.
UNWIND $rows AS row
MERGE (t:Topic {id: row.id})
WITH t, row
WHERE t.name IS NULL OR t.name <> row.name OR t.aliases <> row.aliases
SET t.name = row.name, t.aliases = row.aliases, t.aliasText = reduce(s = '', a IN row.aliases | s + ' | ' + a)
