/** Proves the harness gives a real Neo4j 5.26 with APOC, not a stand-in. */
import { openTestDatabase, resetDatabase, type TestDatabase } from '../harness/database';

let db: TestDatabase;
beforeAll(async () => {
  db = openTestDatabase();
  await resetDatabase(db);
});
afterAll(() => db.close());

const opts = () => (db.database === undefined ? {} : { database: db.database });

test('reports Neo4j 5.26', async () => {
  const { records } = await db.driver.executeQuery(
    'CALL dbms.components() YIELD name, versions RETURN name, versions',
    {},
    opts(),
  );
  expect(records[0]!.get('name')).toBe('Neo4j Kernel');
  expect(records[0]!.get('versions')[0]).toMatch(/^5\.26\./);
});

test('enforces a uniqueness constraint inside a managed transaction', async () => {
  await db.driver.executeQuery(
    'CREATE CONSTRAINT probe_id IF NOT EXISTS FOR (p:Probe) REQUIRE p.id IS UNIQUE',
    {},
    opts(),
  );
  const session = db.driver.session(opts());
  try {
    const written = await session.executeWrite(async (tx) => {
      await tx.run('UNWIND $ids AS id CREATE (:Probe {id: id})', { ids: ['a', 'b', 'c'] });
      const r = await tx.run('MATCH (p:Probe) RETURN count(p) AS n');
      return (r.records[0]!.get('n') as { toNumber(): number }).toNumber();
    });
    expect(written).toBe(3);
    await expect(
      session.executeWrite((tx) => tx.run("CREATE (:Probe {id: 'a'})")),
    ).rejects.toMatchObject({
      code: 'Neo.ClientError.Schema.ConstraintValidationFailed',
    });
    const read = await session.executeRead((tx) =>
      tx.run('MATCH (p:Probe) RETURN p.id AS id ORDER BY id'),
    );
    expect(read.records.map((r) => r.get('id'))).toEqual(['a', 'b', 'c']);
  } finally {
    await session.close();
  }
});

test('has the APOC functions @neo4j/graphql calls', async () => {
  const { records } = await db.driver.executeQuery(
    "RETURN apoc.util.validatePredicate(false, 'unused %s', ['x']) AS ok, apoc.date.convertFormat('2021-05-17', 'date', 'dd/MM/yyyy') AS d",
    {},
    opts(),
  );
  expect(records[0]!.get('ok')).toBe(true);
  expect(records[0]!.get('d')).toBe('17/05/2021');
  await expect(
    db.driver.executeQuery(
      "RETURN apoc.util.validatePredicate(true, 'denied %s', ['here']) AS ok",
      {},
      opts(),
    ),
  ).rejects.toThrow(/denied here/);
});
