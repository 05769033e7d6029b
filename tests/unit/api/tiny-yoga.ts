/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are read as untyped JSON */
/** A small schema without a database, to test plugins over yoga.fetch in isolation. */
import {
  createSchema,
  createYoga,
  type Plugin,
  type YogaServerInstance,
  type YogaServerOptions,
} from 'graphql-yoga';

export const tinySchema = createSchema({
  typeDefs: /* GraphQL */ `
    type Query {
      hello(name: String): String!
      node: Node!
      slow(ms: Int!): String!
      boom: String
    }
    type Node {
      id: ID!
      name: String!
      child: Node!
    }
  `,
  resolvers: {
    Query: {
      hello: (_: unknown, { name }: { name?: string }) => `hello ${name ?? 'world'}`,
      node: () => ({ id: '1' }),
      slow: async (_: unknown, { ms }: { ms: number }) => {
        // unref: a request cut off by a test must not keep Jest waiting for its timer.
        await new Promise((resolve) => setTimeout(resolve, ms).unref());
        return `slept ${ms} ms`;
      },
      boom: () => {
        throw new Error('MATCH (n) RETURN n failed: internal details');
      },
    },
    Node: {
      name: () => 'node',
      child: () => ({ id: '2' }),
    },
  },
});

export type TinyYoga = YogaServerInstance<object, object>;

export function tinyYoga(
  plugins: Plugin[],
  options: Pick<YogaServerOptions<object, object>, 'maskedErrors'> = {},
): TinyYoga {
  return createYoga<object, object>({ schema: tinySchema, plugins, logging: false, ...options });
}

export async function post(
  yoga: TinyYoga,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; json: any; response: Response }> {
  const response = await yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, json: text === '' ? null : JSON.parse(text), response };
}
