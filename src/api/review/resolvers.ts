/**
 * The review mutations' resolvers, added to the executable schema next to @neo4j/graphql's
 * (src/api/schema.ts). Each one: checks the analyst's JWT (./analyst-token.ts) and its
 * arguments (./arguments.ts) before any Cypher runs, then runs the change
 * (./review-mutations.ts) and bumps the graph's version in one managed write transaction, so
 * the change and the version commit together or not at all; the result cache of this process
 * is told at once (./graph-changed.ts), others within their version poll.
 */
import type { Neo4jGraphQLContext } from '@neo4j/graphql';
import type { GraphQLFieldResolver } from 'graphql';
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { cypher } from '../../load/cypher-files';
import { verifyAnalyst } from './analyst-token';
import {
  MAX_SPLIT_STATEMENTS,
  MAX_TOPICS,
  checkAct,
  checkId,
  checkIds,
  checkSplitTarget,
  checkWhy,
} from './arguments';
import type { GraphChanged } from './graph-changed';
import * as mutations from './review-mutations';

export interface ReviewResolverOptions {
  /** DIPLOGRAPH_JWT_SECRET; null: read-only, every review mutation is refused. */
  jwtSecret: string | null;
}

/** What the review resolvers read from the request's context (src/api/create-api.ts). */
export type ReviewContext = Neo4jGraphQLContext & {
  request?: Request;
  /** Told the new graph version after a mutation commits (drops the result cache). */
  graphChanged?: GraphChanged;
};

type Args = Record<string, unknown>;
type Resolver = GraphQLFieldResolver<unknown, ReviewContext, Args>;
type Work = (
  tx: ManagedTransaction,
  request: { analyst: { subject: string }; why: string; at: string },
) => Promise<mutations.ReviewChange>;

async function bumpVersion(tx: ManagedTransaction): Promise<number> {
  const result = await tx.run(cypher('bump-graph-version'));
  return Number(result.records[0]?.get('version'));
}

export function createReviewResolvers(options: ReviewResolverOptions): {
  Mutation: Record<string, Resolver>;
} {
  /** `prepare` checks the arguments (pure) and returns the transaction's work. */
  const mutation =
    (prepare: (args: Args) => Work): Resolver =>
    async (_root, args, context) => {
      const authorization =
        context.request?.headers.get('authorization') ??
        (typeof context.token === 'string' ? context.token : null);
      const analyst = verifyAnalyst(authorization, options.jwtSecret);
      const why = checkWhy(args['why']);
      const work = prepare(args);
      const driver = context.executionContext as Driver;
      const database = context.sessionConfig?.database;
      const session = driver.session({
        defaultAccessMode: neo4j.session.WRITE,
        ...(database === undefined ? {} : { database }),
      });
      try {
        const at = new Date().toISOString();
        const result = await session.executeWrite(
          async (tx) => {
            const change = await work(tx, { analyst, why, at });
            return { ...change, graphVersion: await bumpVersion(tx) };
          },
          {
            ...(context.transaction?.timeout === undefined
              ? {}
              : { timeout: context.transaction.timeout }),
            metadata: { ...(context.transaction?.metadata ?? {}), review: true },
          },
        );
        context.graphChanged?.(result.graphVersion);
        return result;
      } finally {
        await session.close();
      }
    };

  return {
    Mutation: {
      acceptStatement: mutation((args) => {
        const id = checkId('id', args['id'], 'stmt:');
        return (tx, request) => mutations.setReviewStatus(tx, request, id, 'ACCEPTED');
      }),
      rejectStatement: mutation((args) => {
        const id = checkId('id', args['id'], 'stmt:');
        return (tx, request) => mutations.setReviewStatus(tx, request, id, 'REJECTED');
      }),
      correctSpeaker: mutation((args) => {
        const id = checkId('id', args['id'], 'stmt:');
        const speaker = checkId('speaker', args['speaker'], 'person:');
        return (tx, request) => mutations.correctSpeaker(tx, request, id, speaker);
      }),
      correctTopics: mutation((args) => {
        const id = checkId('id', args['id'], 'stmt:');
        const topics = checkIds('topics', args['topics'], 'topic:', { max: MAX_TOPICS });
        return (tx, request) => mutations.correctTopics(tx, request, id, topics);
      }),
      correctAct: mutation((args) => {
        const id = checkId('id', args['id'], 'stmt:');
        const act = checkAct(args['act']);
        return (tx, request) => mutations.correctAct(tx, request, id, act);
      }),
      mergePeople: mutation((args) => {
        const keep = checkId('keep', args['keep'], 'person:');
        const merge = checkId('merge', args['merge'], 'person:');
        return (tx, request) => mutations.mergePeople(tx, request, keep, merge);
      }),
      splitPerson: mutation((args) => {
        const person = checkId('person', args['person'], 'person:');
        const statements = checkIds('statements', args['statements'], 'stmt:', {
          max: MAX_SPLIT_STATEMENTS,
          min: 1,
        });
        const target = checkSplitTarget(person, args['into'], args['name']);
        return (tx, request) => mutations.splitPerson(tx, request, person, statements, target);
      }),
    },
  };
}
