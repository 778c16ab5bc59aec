import { defineConfig } from 'vitest/config';
import './test/support/node20-polyfills.ts';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
    // Property tests and seeded fuzzing run thousands of cases; on a loaded 2-core CI machine some take
    // longer than vitest's 5 s default without anything being wrong.
    testTimeout: 20_000,
  },
});
