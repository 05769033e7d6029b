// Removes the rejected statements of documents a re-load replaced (delete-documents.cypher
// removes the others; a rejected statement has lost the label Statement it matches).
// Parameters: $documentIds — the replaced documents' ids. Returns: nothing.
UNWIND $documentIds AS docId
MATCH (s:RejectedStatement {documentId: docId})
DETACH DELETE s
