// Statements by speech act (warnings, demands, conditions…): who said it, to whom it was
// addressed (ADDRESSED_TO), its stance, and what it answers (RESPONDS_TO), oldest first.
// Parameters: $act — a speech act: ASSERTION, DEMAND, PROPOSAL, COMMITMENT, CONDITION, WARNING,
//   THREAT, DENIAL, CONCERN, WELCOME, CONDEMNATION or QUESTION.
// Returns: date, speaker, act, polarity, text, addressedTo (names), respondsTo (texts of the
//   earlier statements it answers).
// In Browser: :params {act: 'ASSERTION'}
MATCH (p:Person)-[:SAID]->(s:Statement {act: $act})
RETURN s.date AS date, p.name AS speaker, s.act AS act, s.polarity AS polarity, s.text AS text,
       COLLECT { MATCH (s)-[:ADDRESSED_TO]->(e:Entity) RETURN e.name ORDER BY e.name } AS addressedTo,
       COLLECT { MATCH (s)-[:RESPONDS_TO]->(o:Statement) RETURN o.text ORDER BY o.sortKey } AS respondsTo
ORDER BY s.sortKey
