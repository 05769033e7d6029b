/** Who may correct the graph: an HS256 JWT with the role analyst (pure). */
import { createHmac } from 'node:crypto';
import { ApiError } from '../../../../src/api/api-error';
import { verifyAnalyst } from '../../../../src/api/review/analyst-token';

const SECRET = 'unit-secret-that-is-long-enough-for-hs256';
const NOW = 1_800_000_000;
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

function sign(payload: unknown, { secret = SECRET, header = { alg: 'HS256', typ: 'JWT' } } = {}) {
  const head = `${b64(header)}.${b64(payload)}`;
  return `${head}.${createHmac('sha256', secret).update(head).digest('base64url')}`;
}

const codeOf = (authorization: string | null, secret: string | null = SECRET) => {
  try {
    verifyAnalyst(authorization, secret, NOW);
    return null;
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    return [error.code, error.message];
  }
};

test('a valid token with the role analyst names its subject', () => {
  const token = sign({ sub: 'ana', roles: ['reader', 'analyst'], exp: NOW + 60, nbf: NOW - 60 });
  expect(verifyAnalyst(`Bearer ${token}`, SECRET, NOW)).toEqual({ subject: 'ana' });
  expect(verifyAnalyst(`bearer  ${sign({ sub: 'bo', roles: ['analyst'] })}`, SECRET, NOW)).toEqual({
    subject: 'bo',
  });
});

test.each([
  ['no header', null, /no Authorization header/],
  ['an empty header', '', /no Authorization header/],
  ['no Bearer', sign({ sub: 'a', roles: ['analyst'] }), /not "Bearer <token>"/],
  ['not a JWT', 'Bearer abc.def', /not a JWT/],
  ['a header that is not JSON', 'Bearer !!!.e30.sig', /header is not base64url JSON/],
  [
    'another algorithm',
    `Bearer ${sign({ sub: 'a', roles: ['analyst'] }, { header: { alg: 'none', typ: 'JWT' } })}`,
    /algorithm is "none"/,
  ],
  [
    'another secret',
    `Bearer ${sign({ sub: 'a', roles: ['analyst'] }, { secret: 'x'.repeat(40) })}`,
    /signature does not match/,
  ],
  [
    'a tampered payload',
    `Bearer ${b64({ alg: 'HS256' })}.${b64({ sub: 'a', roles: ['analyst'] })}.${sign({ sub: 'b' }).split('.')[2]}`,
    /signature does not match/,
  ],
  ['an expired token', `Bearer ${sign({ sub: 'a', roles: ['analyst'], exp: NOW - 1 })}`, /expired/],
  [
    'a token not valid yet',
    `Bearer ${sign({ sub: 'a', roles: ['analyst'], nbf: NOW + 60 })}`,
    /not valid yet/,
  ],
  ['no subject', `Bearer ${sign({ roles: ['analyst'] })}`, /no "sub"/],
  ['a payload that is a list', `Bearer ${sign(['analyst'])}`, /payload is not a JSON object/],
])('%s: UNAUTHENTICATED', (_name, header, message) => {
  expect(codeOf(header)).toEqual(['UNAUTHENTICATED', expect.stringMatching(message)]);
});

test.each([
  ['another role', { sub: 'rob', roles: ['reader'] }],
  ['no roles', { sub: 'rob' }],
  ['roles as a string', { sub: 'rob', roles: 'analyst' }],
])('%s: FORBIDDEN', (_name, payload) => {
  expect(codeOf(`Bearer ${sign(payload)}`)).toEqual([
    'FORBIDDEN',
    expect.stringMatching(/role "analyst"/),
  ]);
});

test('without a secret the server is read-only: FORBIDDEN, whatever the token', () => {
  const token = `Bearer ${sign({ sub: 'ana', roles: ['analyst'] })}`;
  expect(codeOf(token, null)).toEqual(['FORBIDDEN', expect.stringMatching(/read-only/)]);
  expect(codeOf(null, null)).toEqual(['FORBIDDEN', expect.stringMatching(/read-only/)]);
});
