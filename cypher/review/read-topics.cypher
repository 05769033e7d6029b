// Which of the topic ids a correction names exist.
// Parameters: $ids — list of topic ids. Returns: id of each topic found.
UNWIND $ids AS id
MATCH (t:Topic {id: id})
RETURN t.id AS id
