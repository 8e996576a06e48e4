import { defineConfig } from 'vitest/config';

// Unit tables and golden reports in one project, property tests in another (remeda's layout).
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['test/**/*.test.ts'] } },
      { test: { name: 'property', include: ['test/**/*.test-prop.ts'], testTimeout: 60_000 } },
    ],
  },
});
