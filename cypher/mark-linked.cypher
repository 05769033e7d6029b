// Marks documents whose ECHOES have been added.
// Parameters: $ids — Document ids. Returns: nothing.
UNWIND $ids AS docId
MATCH (doc:Document {id: docId})
SET doc.linked = true
