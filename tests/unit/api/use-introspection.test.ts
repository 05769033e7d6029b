import { getIntrospectionQuery } from 'graphql';
import { useIntrospection } from '../../../src/api/plugins/use-introspection';
import { post, tinyYoga } from './tiny-yoga';

test('on: introspection answers', async () => {
  const { json } = await post(tinyYoga([useIntrospection({ enabled: true })]), {
    query: getIntrospectionQuery(),
  });
  expect(json.data.__schema.queryType.name).toBe('Query');
});

test('off: __schema and __type are refused, __typename still works', async () => {
  const yoga = tinyYoga([useIntrospection({ enabled: false })]);
  const schema = await post(yoga, { query: '{ __schema { types { name } } }' });
  expect(schema.json.errors[0].message).toMatch(/introspection has been disabled/);
  const type = await post(yoga, { query: '{ __type(name: "Query") { name } }' });
  expect(type.json.errors[0].message).toMatch(/introspection has been disabled/);
  const typename = await post(yoga, { query: '{ __typename hello }' });
  expect(typename.json).toEqual({ data: { __typename: 'Query', hello: 'hello world' } });
});
