import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 20_000,
    // End-to-end tests start local servers on ephemeral ports; files run in parallel, tests inside a file in order.
    pool: 'forks',
  },
});
