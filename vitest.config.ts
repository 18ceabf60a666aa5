import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      'server-only': path.resolve(__dirname, 'test/server-only-stub.ts'),
      '@': path.resolve(__dirname),
    },
  },
  test: {
    environment: 'node',
    include: [
      'lib/**/*.test.ts',
      'app/**/*.test.ts',
      'components/**/*.test.ts',
      'scripts/**/*.test.ts',
      'test/**/*.test.ts',
      'bench/**/*.test.ts',
      // Unit tests of e2e's own test services (the Firefox push service); Playwright runs the *.spec.ts files.
      'e2e/**/*.test.ts',
    ],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Database tests share the local PostgreSQL server and PGlite is CPU-heavy: keep files in few workers.
    pool: 'forks',
    poolOptions: { forks: { maxForks: 2 } },
  },
});
