// The graph's version (see bump-graph-version.cypher), for the API's result cache.
// Parameters: none. Returns: version — an integer; no row before the first load that wrote.
MATCH (v:GraphVersion {id: 'graph'})
RETURN v.version AS version
