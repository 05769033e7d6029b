// Every statement's id and sortKey, for linking every statement after `diplograph import`
// (src/load/bulk-import/finish-import.ts), which pages through them in sortKey order (time
// order): a page's windows (same speaker ± 365 days, others ± 14 days) are then a few
// contiguous ranges rather than, for a page of ids in id order, the whole time span.
// Parameters: none.
// Returns: id, sortKey.
MATCH (s:Statement)
RETURN s.id AS id, s.sortKey AS sortKey
