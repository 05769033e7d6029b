// Whether the database holds any node: `diplograph import` writes only into an empty one.
// Parameters: none. Returns: hasNodes (boolean).
RETURN EXISTS { MATCH (n) } AS hasNodes
