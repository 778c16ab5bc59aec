import { defineConfig } from 'vitest/config';
import './test/support/node20-polyfills.ts';

/**
 * End-to-end tests in a real Chromium with the e2e build loaded (`wxt build --mode e2e`).
 * One browser at a time: they are heavy, and two cores are all CI has.
 */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
    maxWorkers: 1,
    // A page's first lint waits for the extension's rule data and builds the rules' tables: on a
    // busy 2-core machine that alone can pass vitest's 1 s default for `expect.poll`.
    expect: { poll: { timeout: 5_000 } },
  },
});
