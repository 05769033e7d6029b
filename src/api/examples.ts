/**
 * The example queries of the README, prefilled in GraphiQL (one tab each). A unit test
 * checks that the README shows each of them verbatim, and an integration test that they
 * return what the README says on the sample documents.
 */
export interface ExampleQuery {
  title: string;
  query: string;
}

export const EXAMPLE_QUERIES: readonly ExampleQuery[] = [
  {
    title: 'What Lavrov said about strategic stability, in date order, with sources',
    query: `query LavrovOnStrategicStability {
  people(where: { id: { eq: "person:sergei-lavrov" } }) {
    name
    timeline(topic: "strategic stability") {
      date
      text
      provenance { publisher publishedAt documentId start end excerpt }
    }
  }
}`,
  },
  {
    title: 'Who met Blinken in May 2021',
    query: `query WhoMetBlinken {
  whoMet(person: "Antony Blinken", from: "2021-05-01", to: "2021-05-31") {
    name
    events { kind name date status place }
  }
}`,
  },
  {
    title: 'Statements made at the Moscow press conference',
    query: `query MoscowPressConference {
  events(where: { kind: { eq: PressConference }, heldIn: { some: { name: { eq: "Moscow" } } } }) {
    name
    date
    statements(sort: [{ start: ASC }]) { text speaker { name } }
  }
}`,
  },
  {
    title: 'Full-text search for "red lines"',
    query: `query RedLines {
  searchStatements(query: "red lines", limit: 5) {
    score
    statement { text speaker { name } provenance { publisher publishedAt documentId start end } }
  }
}`,
  },
  {
    title: 'Who spoke about a topic, how often, first and last date',
    query: `query SpeakersOnSanctions {
  topics(where: { id: { eq: "topic:sanctions" } }) {
    name
    speakers { name statements firstDate lastDate }
  }
}`,
  },
  {
    title: 'How many statements each topic has (aggregation)',
    query: `query StatementsPerTopic {
  topics(sort: [{ name: ASC }]) {
    name
    statementsConnection { aggregate { count { nodes } } }
  }
}`,
  },
  {
    title:
      'As of 19 May 2021: what Lavrov had said about strategic stability, and who held which office',
    query: `query AsOfMay19 {
  people(where: { id: { eq: "person:sergei-lavrov" } }) {
    name
    timeline(topic: "strategic stability", asOf: "2021-05-19") { date text provenance { publishedAt } }
    offices(asOf: "2021-05-19") { title }
  }
  offices(asOf: "2021-05-19", sort: [{ title: ASC }]) {
    title
    of { name }
    holders(asOf: "2021-05-19") { name }
  }
}`,
  },
  {
    title: 'Warnings, whom they address, and the answers they got',
    query: `query WarningsAndAnswers {
  statements(where: { act: { eq: WARNING } }, sort: [{ date: ASC }], limit: 20) {
    date
    text
    polarity
    speaker { name }
    addressedTo { name }
    respondedToBy { date text speaker { name } }
  }
}`,
  },
  {
    title: 'Statements that answer, restate or contradict earlier ones, with score and reason',
    query: `query StatementLinks {
  statements(where: { respondsToConnection: { some: { edge: { score: { gte: 0.5 } } } } }, limit: 20) {
    date
    text
    speaker { name }
    respondsToConnection { edges { properties { score reason } node { date text speaker { name } } } }
    contradictsConnection { edges { properties { score reason } node { date text speaker { name } } } }
    reiteratesConnection { edges { properties { score reason } node { date text } } }
  }
}`,
  },
];

/**
 * The analyst review layer's examples (README "Reviewing"), after the others in GraphiQL. The
 * mutation needs `Authorization: Bearer <JWT with the role analyst>` (GraphiQL's headers tab)
 * and a statement id in the variables; tests/integration/api-review.test.ts runs them.
 */
export const REVIEW_EXAMPLES: readonly ExampleQuery[] = [
  {
    title: 'Correct who said a statement (needs a JWT with the role analyst)',
    query: `mutation CorrectSpeaker($id: ID!) {
  correctSpeaker(id: $id, speaker: "person:antony-blinken", why: "The quote is Blinken's: see the paragraph before.") {
    statementIds
    corrections { kind value previous by at why }
  }
}`,
  },
  {
    title: 'A statement as corrected, as extracted, and its corrections',
    query: `query ReviewedStatement($id: ID!) {
  statements(where: { id: { eq: $id } }) {
    text
    speaker { name }
    topics { name }
    reviewStatus
    extracted { speakerName topicIds reviewStatus }
    corrections(sort: [{ at: ASC }]) { kind value previous by at why }
  }
}`,
  },
  {
    title: 'Corrections a re-load could not carry over',
    query: `query OrphanedCorrections {
  corrections(where: { orphaned: { eq: true } }) { kind value by at why documentId start end }
}`,
  },
];
