import type { Driver } from 'neo4j-driver';
import { cypherStatements } from './cypher-files';

/** Applies `cypher/schema.cypher`; every statement is `IF NOT EXISTS`, so running it again changes nothing. */
export async function applySchema(driver: Driver, database: string | undefined): Promise<number> {
  const statements = cypherStatements('schema');
  for (const statement of statements) {
    await driver.executeQuery(statement, {}, database === undefined ? {} : { database });
  }
  return statements.length;
}
