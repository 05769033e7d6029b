// A new person for splitPerson (statements an analyst says another person made). The id is
// the caller's `person:<slug>`; the uniqueness constraint refuses one that exists.
// Parameters: $id, $name, $by (JWT subject), $at (ISO date-time). Returns: id.
CREATE (p:Person:Entity {id: $id, name: $name, aliases: [], createdBy: $by, createdAt: datetime($at)})
RETURN p.id AS id
