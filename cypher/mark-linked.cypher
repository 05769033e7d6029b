// Marks documents whose statements are chained (NEXT_BY_SPEAKER) and linked (REITERATES, RESPONDS_TO, CONTRADICTS).
// Parameters: $ids — Document ids. Returns: nothing.
UNWIND $ids AS docId
MATCH (doc:Document {id: docId})
SET doc.linked = true
