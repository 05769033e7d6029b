/**
 * `/ready`: 200 when Neo4j answers a trivial read within `timeoutMs`, else 503 with a JSON
 * body that names no internals. (`/health`, built into yoga, only says the process is up.)
 */
import { useReadinessCheck, type Plugin } from 'graphql-yoga';
import type { Driver } from 'neo4j-driver';

export interface ReadinessOptions {
  driver: Driver;
  database: string | undefined;
  timeoutMs?: number;
}

export function useReadiness({ driver, database, timeoutMs = 2000 }: ReadinessOptions): Plugin {
  const probe = async (): Promise<boolean> => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), timeoutMs);
    });
    const query = driver
      .executeQuery(
        'RETURN 1 AS ok',
        {},
        { ...(database === undefined ? {} : { database }), routing: 'READ' },
      )
      .then(
        () => true,
        () => false,
      );
    try {
      return await Promise.race([query, timeout]);
    } finally {
      clearTimeout(timer);
    }
  };
  return useReadinessCheck({
    endpoint: '/ready',
    async check({ fetchAPI }) {
      const ready = await probe();
      return new fetchAPI.Response(
        JSON.stringify({ status: ready ? 'ready' : 'unavailable', neo4j: ready }),
        {
          status: ready ? 200 : 503,
          headers: { 'content-type': 'application/json' },
        },
      );
    },
  });
}
