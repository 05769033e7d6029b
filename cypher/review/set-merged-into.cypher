// Records that a person was merged into another (mergePeople: mergedInto, with who, when and
// why), or clears it (splitPerson into that person again: $mergedInto null).
// Parameters: $id (person id), $mergedInto (person id, or null to clear), $by (JWT subject),
//   $at (ISO date-time), $why. Returns: id.
MATCH (p:Person {id: $id})
SET p.mergedInto = $mergedInto,
    p.mergedBy = CASE WHEN $mergedInto IS NULL THEN null ELSE $by END,
    p.mergedAt = CASE WHEN $mergedInto IS NULL THEN null ELSE datetime($at) END,
    p.mergedWhy = CASE WHEN $mergedInto IS NULL THEN null ELSE $why END
RETURN p.id AS id
