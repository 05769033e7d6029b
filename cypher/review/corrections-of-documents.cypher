// The corrections of statements of documents being replaced by a new version (a re-load), to
// carry them over to the new version's statements (src/load/review/carry-over.ts), oldest first.
// Parameters: $documentIds — the replaced documents' ids. Returns: correction — {id, kind,
//   field, value, start, end, textSha, documentId, by, why, at (ISO string)}.
UNWIND $documentIds AS docId
MATCH (c:Correction {documentId: docId})
WHERE NOT c.orphaned
RETURN c {.id, .kind, .field, .value, .start, .end, .textSha, .documentId, .by, .why, at: toString(c.at)} AS correction
ORDER BY correction.at, correction.id
