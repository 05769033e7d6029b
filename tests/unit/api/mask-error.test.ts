import { createGraphQLError } from 'graphql-yoga';
import { createMaskError } from '../../../src/api/mask-error';
import { post, tinyYoga } from './tiny-yoga';

const maskError = createMaskError({ transactionTimeoutMs: 1234 });

test('production: an unexpected error says nothing of its cause', async () => {
  const yoga = tinyYoga([], { maskedErrors: { maskError, isDev: false } });
  const { json } = await post(yoga, { query: '{ boom }' });
  expect(json.errors).toEqual([
    {
      message: 'Unexpected error.',
      locations: [{ line: 1, column: 3 }],
      path: ['boom'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    },
  ]);
  expect(JSON.stringify(json)).not.toMatch(/MATCH|stack/);
});

test('development: the original message and stack are attached', async () => {
  const yoga = tinyYoga([], { maskedErrors: { maskError, isDev: true } });
  const { json } = await post(yoga, { query: '{ boom }' });
  expect(json.errors[0].message).toBe('Unexpected error.');
  expect(json.errors[0].extensions.originalError.message).toMatch(/internal details/);
});

test('errors meant for clients pass unchanged', () => {
  const error = createGraphQLError('bad input', { extensions: { code: 'BAD_USER_INPUT' } });
  expect(maskError(error, 'Unexpected error.', false)).toBe(error);
});

test('a Neo4j transaction timeout becomes QUERY_TIMEOUT with the limit', () => {
  const neo4jError = Object.assign(new Error('The transaction has been terminated…'), {
    code: 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  });
  const wrapped = createGraphQLError(neo4jError.message, {
    originalError: neo4jError,
    path: ['statements'],
  });
  const masked = maskError(wrapped, 'Unexpected error.', false) as ReturnType<
    typeof createGraphQLError
  >;
  expect(masked.message).toMatch(/longer than the 1234 ms allowed/);
  expect(masked.extensions['code']).toBe('QUERY_TIMEOUT');
  expect(masked.path).toEqual(['statements']);
});

test('@neo4j/graphql authentication errors become UNAUTHENTICATED', () => {
  const original = new Error('Unauthenticated');
  Object.defineProperty(original, 'name', { value: 'Neo4jGraphQLAuthenticationError' });
  const masked = maskError(
    createGraphQLError('Unauthenticated', { originalError: original }),
    'Unexpected error.',
    false,
  ) as ReturnType<typeof createGraphQLError>;
  expect(masked.extensions['code']).toBe('UNAUTHENTICATED');
  expect(masked.message).toMatch(/Authorization: Bearer/);
});

test('…also when thrown as a GraphQLError "Unauthenticated" (how @neo4j/graphql v7 does it)', () => {
  const masked = maskError(
    createGraphQLError('Unauthenticated', {
      originalError: createGraphQLError('Unauthenticated'),
      path: ['people'],
    }),
    'Unexpected error.',
    false,
  ) as ReturnType<typeof createGraphQLError>;
  expect(masked.extensions['code']).toBe('UNAUTHENTICATED');
  expect(masked.path).toEqual(['people']);
});
