// The generated part of the test database: small, so the template builds in seconds.
export const TEST_SEED = { seed: 'e2e-tests', persons: 800, cases: 200 };
