// How a person's statements connect to others' (src/link): what each one restates
// (REITERATES), answers (RESPONDS_TO) or contradicts (CONTRADICTS), and the later statements
// that do so to it, with the link's score and reason, oldest statement first.
// Parameters: $speaker — name, alias or id of a person.
// Returns: date, text, direction ('later → earlier' when this statement is the later one,
//   'earlier ← later' otherwise), link, score, reason, otherSpeaker, otherDate, otherText.
// In Browser: :params {speaker: 'Donald Trump'}
MATCH (p:Person)
WHERE p.id = $speaker OR p.name = $speaker OR $speaker IN p.aliases
MATCH (p)-[:SAID]->(s:Statement)
CALL (s) {
  MATCH (s)-[r:REITERATES|RESPONDS_TO|CONTRADICTS]->(o:Statement)
  RETURN 'later → earlier' AS direction, r, o
  UNION
  MATCH (s)<-[r:REITERATES|RESPONDS_TO|CONTRADICTS]-(o:Statement)
  RETURN 'earlier ← later' AS direction, r, o
}
MATCH (other:Person {id: o.speakerId})
RETURN s.date AS date, s.text AS text, direction, type(r) AS link, r.score AS score,
       r.reason AS reason, other.name AS otherSpeaker, o.date AS otherDate, o.text AS otherText
ORDER BY s.sortKey, link, o.sortKey
