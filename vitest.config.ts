import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    // Playwright's specs live in tests/e2e and must not be collected here.
    include: ['utils/**/*.test.ts', 'components/**/*.test.tsx', 'tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
