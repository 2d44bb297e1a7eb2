/**
 * Jest runs in native ESM (Payload and meilisearch-js are ESM-only): `--experimental-vm-modules`
 * is set by the npm script. Integration tests talk to real FerretDB, Meilisearch and Next.js
 * processes that `tests/helpers/globalSetup.ts` starts once per run.
 */
const swc = [
  '@swc/jest',
  {
    jsc: { parser: { syntax: 'typescript', tsx: true }, target: 'es2022' },
    module: { type: 'es6' },
  },
]

const config = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: { '^.+\\.(t|j)sx?$': swc },
  moduleNameMapper: {
    '^@/(.*)$': '<rootDir>/src/$1',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  testMatch: ['<rootDir>/tests/**/*.spec.ts'],
  globalSetup: '<rootDir>/tests/helpers/globalSetup.ts',
  globalTeardown: '<rootDir>/tests/helpers/globalTeardown.ts',
  testTimeout: 90_000,
  slowTestThreshold: 30,
  reporters: ['default', '<rootDir>/tests/helpers/summaryReporter.cjs'],
}

export default config
