// Graphs written before REITERATES replaced ECHOES: removes every ECHOES edge and marks every
// document unlinked, so the next load links all statements again with the typed links
// (src/load/graph-writer.ts finishes unlinked documents before it writes). Does nothing
// on a graph without ECHOES.
// Parameters: none. Returns: echoes (how many edges were removed).
OPTIONAL MATCH ()-[e:ECHOES]->()
WITH collect(e) AS echoes
CALL (echoes) {
  WITH echoes WHERE size(echoes) > 0
  MATCH (d:Document)
  SET d.linked = false
}
FOREACH (e IN echoes | DELETE e)
RETURN size(echoes) AS echoes
