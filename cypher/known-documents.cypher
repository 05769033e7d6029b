// Which documents are already loaded and linked, by the sha256 of their text, so the
// loader can skip extracting them at all.
// Parameters: $shas — list of sha256 strings. Returns: sha256 of each document present and linked.
UNWIND $shas AS sha
MATCH (d:Document {sha256: sha})
WHERE d.linked
RETURN DISTINCT sha AS sha256
