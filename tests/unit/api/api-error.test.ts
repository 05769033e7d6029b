import { GraphQLError } from 'graphql';
import { ApiError } from '../../../src/api/api-error';

test('an ApiError is a GraphQLError whose code is in its extensions, with the HTTP status', () => {
  const error = new ApiError('REQUEST_TOO_LARGE', 'Too large.', { status: 413 });
  expect(error).toBeInstanceOf(GraphQLError);
  expect(error.code).toBe('REQUEST_TOO_LARGE');
  expect(error.toJSON()).toEqual({
    message: 'Too large.',
    extensions: { code: 'REQUEST_TOO_LARGE', http: { status: 413 } },
  });
});

test('without a status, no http extension; the message does not carry the code', () => {
  const error = new ApiError('BAD_USER_INPUT', 'Needs a word.');
  expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT' });
  expect(error.message).not.toMatch(/BAD_USER_INPUT/);
});
