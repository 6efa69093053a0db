import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/live/**/*.test.ts'],
    testTimeout: 20_000,
    environment: 'node',
    // One in-memory fake of the extension APIs for every test (tests/support/fake-browser.ts).
    setupFiles: ['tests/support/fake-browser-setup.ts'],
  },
  // Unit tests run the Chrome flavour of code that branches on the build target.
  define: { __TARGET__: JSON.stringify('chrome') },
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
});
