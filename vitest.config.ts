import { defineConfig } from 'vitest/config';

export default defineConfig({
  define: { __APP_VERSION__: JSON.stringify('test') },
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // A temp folder per run, checked for leftovers at the end (every test removes what it creates).
    globalSetup: ['test/support/temp-root.ts'],
    // Skipped tests are named in the summary, those missing ../shared counted apart.
    reporters: ['default', './test/support/skip-reporter.ts'],
    // Ink draws only the last frame when it thinks it runs in CI; the bundle stubs that check out
    // (scripts/stubs/is-in-ci.js), and the tests that render Ink directly need the same view.
    env: { CI: 'false', CONTINUOUS_INTEGRATION: 'false' },
  },
});
