// Marks documents whose statements are chained (NEXT_BY_SPEAKER) and echoed (ECHOES).
// Parameters: $ids — Document ids. Returns: nothing.
UNWIND $ids AS docId
MATCH (doc:Document {id: docId})
SET doc.linked = true
