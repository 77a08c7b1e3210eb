import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

/** `npm run test:browser`: the reader site in real Chromium, axe-core and the Nu HTML Checker. */
export default defineConfig({
  root: resolve(import.meta.dirname, '..', '..'),
  test: {
    include: ['test/browser/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
