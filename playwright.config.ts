import { defineConfig } from '@playwright/test';

// End-to-end specs drive the real app: Electron when its runtime is installed, otherwise the
// browser host in Debian's Chromium (test/e2e/fixtures.ts decides). No browser is downloaded.
export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : 2,
  retries: 0,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
