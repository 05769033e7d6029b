// Which of the incoming documents are already in the graph, by content or by url.
// Parameters: $docs — list of {sha256, url}. Returns: one row per match:
//   sha256 (incoming), existingId, existingSha256, sameContent (true = unchanged).
UNWIND $docs AS d
CALL (d) {
  MATCH (x:Document {sha256: d.sha256})
  RETURN x
  UNION
  MATCH (x:Document)
  WHERE d.url IS NOT NULL AND x.url = d.url
  RETURN x
}
RETURN d.sha256 AS sha256, x.id AS existingId, x.sha256 AS existingSha256, x.sha256 = d.sha256 AS sameContent
