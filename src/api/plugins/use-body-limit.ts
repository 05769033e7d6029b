/**
 * Refuses request bodies larger than `maxBytes` with 413 and a GraphQL error: a declared
 * Content-Length is checked before reading, and a body without one (chunked) is read only up
 * to the limit. Replaces yoga's POST parsing for the content types a GraphQL client sends
 * (JSON, application/graphql, URL-encoded forms); file uploads are not part of this API.
 */
import type { GraphQLParams, Plugin } from 'graphql-yoga';
import { ApiError, type ApiErrorCode } from '../api-error';

export interface BodyLimitOptions {
  maxBytes: number;
}

function httpError(status: number, code: ApiErrorCode, message: string): ApiError {
  return new ApiError(code, message, { status });
}

function tooLarge(maxBytes: number) {
  return httpError(
    413,
    'REQUEST_TOO_LARGE',
    `The request body is larger than the ${maxBytes} bytes this server accepts (DIPLOGRAPH_MAX_BODY_BYTES).`,
  );
}

/** Reads the body as UTF-8, stopping (and cancelling the stream) past `maxBytes`. */
export async function readLimitedText(request: Request, maxBytes: number): Promise<string> {
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes);
  if (request.body === null) return '';
  const reader = request.body.getReader();
  const decoder = new TextDecoder('utf-8');
  let size = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(maxBytes);
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw httpError(400, 'BAD_REQUEST', `${what} is not valid JSON.`);
  }
}

export function parseGraphQLBody(text: string, contentType: string): GraphQLParams {
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  if (type === 'application/json' || type.endsWith('+json')) {
    const body = parseJson(text, 'The request body');
    if (body === null || typeof body !== 'object' || Array.isArray(body))
      throw httpError(
        400,
        'BAD_REQUEST',
        'The request body must be one JSON object such as {"query": "{ … }"} (batching is off).',
      );
    return body as GraphQLParams;
  }
  if (type === 'application/graphql') return { query: text };
  if (type === 'application/x-www-form-urlencoded') {
    const form = new URLSearchParams(text);
    const json = (name: string) => {
      const value = form.get(name);
      return value === null || value === ''
        ? undefined
        : parseJson(value, `The form field "${name}"`);
    };
    const params: GraphQLParams = {};
    const query = form.get('query');
    const operationName = form.get('operationName');
    if (query !== null) params.query = query;
    if (operationName !== null && operationName !== '') params.operationName = operationName;
    const variables = json('variables');
    const extensions = json('extensions');
    if (variables !== undefined) params.variables = variables as Record<string, unknown>;
    if (extensions !== undefined) params.extensions = extensions as Record<string, unknown>;
    return params;
  }
  throw httpError(
    415,
    'UNSUPPORTED_MEDIA_TYPE',
    `POST requests must send application/json (found "${contentType || 'no content type'}").`,
  );
}

export function useBodyLimit({ maxBytes }: BodyLimitOptions): Plugin {
  return {
    onRequestParse({ request, setRequestParser }) {
      if (request.method !== 'POST') return;
      setRequestParser(async (req) =>
        parseGraphQLBody(
          await readLimitedText(req, maxBytes),
          req.headers.get('content-type') ?? '',
        ),
      );
    },
  };
}
