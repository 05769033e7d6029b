// A page of statement ids in id order, for linking every statement after `diplograph import`
// (src/load/bulk-import/finish-import.ts); seeks the statement_id constraint's index.
// Parameters: $after — the last id of the previous page ('' for the first); $limit — integer.
// Returns: id.
MATCH (s:Statement)
WHERE s.id > $after
RETURN s.id AS id
ORDER BY id
LIMIT $limit
