/**
 * Who may correct the graph: the holder of an HS256 JWT signed with DIPLOGRAPH_JWT_SECRET
 * whose `roles` claim (a list of strings, as @neo4j/graphql reads roles) includes `analyst`,
 * with a `sub` (recorded on every correction as `by`), within its `exp` and `nbf`. Pure:
 * the review resolvers call it before any Cypher runs. Without a secret configured the API is
 * read-only: every review mutation is refused.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { ApiError } from '../api-error';

export const ANALYST_ROLE = 'analyst';

export interface Analyst {
  /** The JWT's `sub`. */
  subject: string;
}

const unauthenticated = (reason: string) =>
  new ApiError(
    'UNAUTHENTICATED',
    `Unauthenticated: review mutations need "Authorization: Bearer <JWT>", an HS256 token signed with DIPLOGRAPH_JWT_SECRET with the role "${ANALYST_ROLE}"; ${reason}.`,
    { status: 401 },
  );

function decodePart(part: string, what: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
  } catch {
    throw unauthenticated(`the token's ${what} is not base64url JSON`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw unauthenticated(`the token's ${what} is not a JSON object`);
  return value as Record<string, unknown>;
}

/**
 * The analyst an Authorization header names, or an ApiError: FORBIDDEN when the server has no
 * secret (read-only) or the token lacks the role; UNAUTHENTICATED for a missing, malformed,
 * badly signed, expired or not-yet-valid token, or one without `sub`.
 */
export function verifyAnalyst(
  authorization: string | null | undefined,
  secret: string | null,
  nowSeconds: number = Date.now() / 1000,
): Analyst {
  if (secret === null) {
    throw new ApiError(
      'FORBIDDEN',
      'Forbidden: this server is read-only. Review mutations need DIPLOGRAPH_JWT_SECRET to be set on the server and a JWT with the role "analyst".',
    );
  }
  if (authorization === null || authorization === undefined || authorization.trim() === '')
    throw unauthenticated('no Authorization header was sent');
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  if (match === null) throw unauthenticated('the Authorization header is not "Bearer <token>"');
  const parts = match[1]!.split('.');
  if (parts.length !== 3)
    throw unauthenticated('the token is not a JWT (three dot-separated parts)');
  const [head, body, signature] = parts as [string, string, string];
  const header = decodePart(head, 'header');
  if (header['alg'] !== 'HS256')
    throw unauthenticated(`the token's algorithm is ${JSON.stringify(header['alg'])}, not HS256`);
  const expected = createHmac('sha256', secret).update(`${head}.${body}`).digest();
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    throw unauthenticated('the signature does not match the server\u2019s secret');
  const claims = decodePart(body, 'payload');
  const exp = claims['exp'];
  if (exp !== undefined && (typeof exp !== 'number' || exp <= nowSeconds))
    throw unauthenticated('the token has expired');
  const nbf = claims['nbf'];
  if (nbf !== undefined && (typeof nbf !== 'number' || nbf > nowSeconds))
    throw unauthenticated('the token is not valid yet (nbf)');
  const sub = claims['sub'];
  if (typeof sub !== 'string' || sub.trim() === '')
    throw unauthenticated('the token has no "sub" (who is correcting)');
  const roles = claims['roles'];
  if (!Array.isArray(roles) || !roles.includes(ANALYST_ROLE)) {
    throw new ApiError(
      'FORBIDDEN',
      `Forbidden: review mutations need the role "${ANALYST_ROLE}" in the token's "roles" claim; found ${JSON.stringify(roles ?? null)}.`,
    );
  }
  return { subject: sub };
}
