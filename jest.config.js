/**
 * Two projects: `unit` (pure code, milliseconds, no database) and
 * `integration` (real Neo4j from tests/harness/global-setup.ts).
 * `npm test` runs both; `npm run test:unit` only the first.
 */
const transform = { '^.+\\.ts$': ['ts-jest', {}] };

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/tests/unit/**/*.test.ts'],
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/tests/integration/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/harness/global-setup.ts',
      globalTeardown: '<rootDir>/tests/harness/global-teardown.ts',
      setupFilesAfterEnv: ['<rootDir>/tests/harness/integration-timeout.ts'],
    },
  ],
};
