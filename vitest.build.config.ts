import { defineConfig } from 'vitest/config';

// Builds real sites in temporary folders: slow, so kept apart from the unit tests.
export default defineConfig({
  test: {
    include: ['tests/build/**/*.test.ts'],
    testTimeout: 240_000,
    hookTimeout: 240_000,
    fileParallelism: false,
  },
});
