import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_API_CONFIG, readServeConfig } from '../../../src/api/config';
import { ConfigError } from '../../../src/model/errors';

const SECRET = 'x'.repeat(32);

test('an empty environment gives the defaults', () => {
  const { api, neo4j } = readServeConfig({});
  expect(api).toEqual(DEFAULT_API_CONFIG);
  expect(neo4j.uri).toBeNull();
});

test('every variable is read', () => {
  const { api } = readServeConfig({
    PORT: '0',
    DIPLOGRAPH_HOST: '0.0.0.0',
    DIPLOGRAPH_ENV: 'production',
    DIPLOGRAPH_CORS_ORIGINS: 'https://a.example.org, http://localhost:3000/',
    DIPLOGRAPH_INTROSPECTION: 'yes',
    DIPLOGRAPH_JWT_SECRET: SECRET,
    DIPLOGRAPH_MAX_BODY_BYTES: '2048',
    DIPLOGRAPH_SHUTDOWN_TIMEOUT_MS: '500',
    DIPLOGRAPH_CACHE_TTL_MS: '0',
    DIPLOGRAPH_CACHE_VERSION_POLL_MS: '250',
    NEO4J_TRANSACTION_TIMEOUT_MS: '2500',
  });
  expect(api).toEqual({
    ...DEFAULT_API_CONFIG,
    port: 0,
    host: '0.0.0.0',
    production: true,
    corsOrigins: ['https://a.example.org', 'http://localhost:3000'],
    introspection: true,
    jwtSecret: SECRET,
    maxBodyBytes: 2048,
    shutdownTimeoutMs: 500,
    cacheTtlMs: 0,
    cacheVersionPollMs: 250,
    transactionTimeoutMs: 2500,
  });
});

test.each([
  [{ NODE_ENV: 'production' }, true, false],
  [{ DIPLOGRAPH_ENV: 'production' }, true, false],
  [{ DIPLOGRAPH_ENV: 'development', NODE_ENV: 'production' }, false, true],
  [{ NODE_ENV: 'test' }, false, true],
  [{ NODE_ENV: 'production', DIPLOGRAPH_INTROSPECTION: 'true' }, true, true],
])('%j → production %s, introspection %s', (env, production, introspection) => {
  const { api } = readServeConfig(env);
  expect(api.production).toBe(production);
  expect(api.introspection).toBe(introspection);
});

test('every problem, of the API and of the database, is reported at once', () => {
  let error: unknown;
  try {
    readServeConfig({
      PORT: 'http',
      DIPLOGRAPH_CORS_ORIGINS: 'example.org',
      DIPLOGRAPH_INTROSPECTION: 'maybe',
      DIPLOGRAPH_JWT_SECRET: 'short',
      DIPLOGRAPH_MAX_BODY_BYTES: '12',
      NEO4J_URI: 'http://localhost:7474',
    });
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(ConfigError);
  const { code, problems } = error as ConfigError;
  expect(code).toBe('CONFIG_INVALID');
  expect(problems).toHaveLength(7);
  expect(problems.join('\n')).toMatch(/PORT must be a whole number/);
  expect(problems.join('\n')).toMatch(/DIPLOGRAPH_CORS_ORIGINS/);
  expect(problems.join('\n')).toMatch(/DIPLOGRAPH_INTROSPECTION must be true or false/);
  expect(problems.join('\n')).toMatch(/DIPLOGRAPH_JWT_SECRET must be at least 32 characters/);
  expect(problems.join('\n')).toMatch(/DIPLOGRAPH_MAX_BODY_BYTES/);
  expect(problems.join('\n')).toMatch(/NEO4J_URI must start with/);
  expect(problems.join('\n')).toMatch(/NEO4J_PASSWORD is required/);
});

test('* allows any origin, and only alone', () => {
  expect(readServeConfig({ DIPLOGRAPH_CORS_ORIGINS: '*' }).api.corsOrigins).toEqual(['*']);
  expect(() => readServeConfig({ DIPLOGRAPH_CORS_ORIGINS: '*,https://a.org' })).toThrow(
    /list no others/,
  );
});

test('.env.example lists every API variable, with the defaults', () => {
  const text = fs.readFileSync(path.join(__dirname, '..', '..', '..', '.env.example'), 'utf8');
  const env = Object.fromEntries(
    [...text.matchAll(/^([A-Z0-9_]+)=(.*)$/gm)].map((m) => [m[1]!, m[2]!] as const),
  );
  for (const name of [
    'PORT',
    'DIPLOGRAPH_HOST',
    'DIPLOGRAPH_ENV',
    'DIPLOGRAPH_CORS_ORIGINS',
    'DIPLOGRAPH_INTROSPECTION',
    'DIPLOGRAPH_JWT_SECRET',
    'DIPLOGRAPH_MAX_BODY_BYTES',
    'DIPLOGRAPH_SHUTDOWN_TIMEOUT_MS',
    'DIPLOGRAPH_CACHE_TTL_MS',
    'DIPLOGRAPH_CACHE_VERSION_POLL_MS',
    'NEO4J_TRANSACTION_TIMEOUT_MS',
  ])
    expect(Object.keys(env)).toContain(name);
  expect(readServeConfig(env).api).toEqual(DEFAULT_API_CONFIG);
});
