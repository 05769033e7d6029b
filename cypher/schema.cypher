// Schema of the Diplograph graph. Applied idempotently before the first load
// and by `diplograph db init`. Unlike the other files here this one holds
// several statements, separated by semicolons at the end of a line; each runs on its own.
// Parameters: none. Returns: nothing.
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT office_id IF NOT EXISTS FOR (n:Office) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT topic_id IF NOT EXISTS FOR (n:Topic) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (n:Statement) REQUIRE n.id IS UNIQUE;
// One node, {id: 'graph'}: the version the loader bumps and the API's cache polls (bump-graph-version.cypher).
CREATE CONSTRAINT graph_version_id IF NOT EXISTS FOR (n:GraphVersion) REQUIRE n.id IS UNIQUE;
// Every Person, Country, Organization and Place also carries :Entity, so edges to "any entity" seek one index.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE INDEX document_sha256 IF NOT EXISTS FOR (n:Document) ON (n.sha256);
CREATE INDEX document_url IF NOT EXISTS FOR (n:Document) ON (n.url);
// Documents a stopped load left unlinked (cypher/unlinked-documents.cypher).
CREATE INDEX document_linked IF NOT EXISTS FOR (n:Document) ON (n.linked);
CREATE INDEX document_published_at IF NOT EXISTS FOR (n:Document) ON (n.publishedAt);
CREATE INDEX statement_date IF NOT EXISTS FOR (n:Statement) ON (n.date);
// Timelines: a speaker's statements in order, by a range seek (src/link).
CREATE INDEX statement_speaker_order IF NOT EXISTS FOR (n:Statement) ON (n.speakerId, n.sortKey);
CREATE INDEX statement_document IF NOT EXISTS FOR (n:Statement) ON (n.documentId);
// Statements by speech act (`statements(where: { act: { eq: WARNING } })`).
CREATE INDEX statement_act IF NOT EXISTS FOR (n:Statement) ON (n.act);
CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date);
CREATE INDEX event_kind_date IF NOT EXISTS FOR (n:Event) ON (n.kind, n.date);
// Same-event matching (match-events.cypher) by index seeks on the INVOLVES edges to people
// (keys `<kind>|<person id>`, written by upsert-events.cypher): near a date, undated planned, planned.
CREATE INDEX involves_match_key_date IF NOT EXISTS FOR ()-[r:INVOLVES]-() ON (r.matchKey, r.date);
CREATE INDEX involves_match_key IF NOT EXISTS FOR ()-[r:INVOLVES]-() ON (r.matchKey);
CREATE INDEX involves_undated_planned_key IF NOT EXISTS FOR ()-[r:INVOLVES]-() ON (r.undatedPlannedKey);
CREATE INDEX involves_planned_key IF NOT EXISTS FOR ()-[r:INVOLVES]-() ON (r.plannedKey);
CREATE FULLTEXT INDEX statement_text IF NOT EXISTS FOR (n:Statement) ON EACH [n.text];
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Person|Country|Organization|Topic|Place) ON EACH [n.name, n.aliasText];
// Analyst review layer (cypher/review/, src/api/review/): corrections by id and by document (a
// re-load carries them over), rejected statements by id and by document.
CREATE CONSTRAINT correction_id IF NOT EXISTS FOR (n:Correction) REQUIRE n.id IS UNIQUE;
CREATE INDEX correction_document IF NOT EXISTS FOR (n:Correction) ON (n.documentId);
CREATE INDEX rejected_statement_id IF NOT EXISTS FOR (n:RejectedStatement) ON (n.id);
CREATE INDEX rejected_statement_document IF NOT EXISTS FOR (n:RejectedStatement) ON (n.documentId);
