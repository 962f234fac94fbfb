import { defineConfig } from 'vitest/config';

// End-to-end tests: the BUILT extension (`npm run build`) in real Chromium and
// Firefox. One browser at a time — files run one after another, tests in a
// file in order — so a 2-core machine is not oversubscribed.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    testTimeout: 90_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    maxWorkers: 1,
    sequence: { concurrent: false },
    // A failed launch should not be retried into a pile of browsers.
    retry: 0,
    reporters: ['default'],
  },
});
