import { applySchema } from '../../load/schema';
import { readNeo4jConfig } from '../../neo4j/config';
import { connect } from '../../neo4j/connect';
import { EXIT, UsageError, writeLine, type Command } from '../context';

export const dbCommand: Command = {
  name: 'db',
  summary: 'Database housekeeping: apply the schema (constraints, indexes)',
  usage: `diplograph db init

  init   Apply cypher/schema.cypher (uniqueness constraints, indexes, full-text indexes).
         Idempotent; \`diplograph load\` does it by itself before the first write.`,
  async run({ args, env, stdout, stderr }) {
    if (args.length !== 1 || args[0] !== 'init') throw new UsageError('expected: init');
    const connection = await connect(readNeo4jConfig(env), { log: (l) => writeLine(stderr, l) });
    try {
      const n = await applySchema(connection.driver, connection.database);
      writeLine(
        stdout,
        `Schema applied: ${n} constraints and indexes (existing ones left as they were).`,
      );
      return EXIT.ok;
    } finally {
      await connection.close();
    }
  },
};
