import { defineConfig } from 'vitest/config';

export default defineConfig({
  define: { __APP_VERSION__: JSON.stringify('test') },
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Ink draws only the last frame when it thinks it runs in CI; the bundle stubs that check out
    // (scripts/stubs/is-in-ci.js), and the tests that render Ink directly need the same view.
    env: { CI: 'false', CONTINUOUS_INTEGRATION: 'false' },
  },
});
