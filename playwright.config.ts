import { defineConfig, devices } from '@playwright/test';
import path from 'node:path';
import {
  APP_PORT, BASE_URL, DATA_DIR, FAULT_PUSH_PORT, FAULT_PUSH_SERVICE, NOTIFYD_PORT, NOTIFYD_SOCKET, PUSH_SERVICE, PUSH_SERVICE_PORT,
} from './e2e/fixtures/ports';

// Chromium shows notifications through D-Bus: the fake daemon (e2e/fixtures/fake-notifyd.mjs) owns this bus.
process.env.DBUS_SESSION_BUS_ADDRESS = `unix:path=${NOTIFYD_SOCKET}`;

export default defineConfig({
  testDir: './e2e',
  outputDir: 'e2e/.output/results',
  workers: 1,
  fullyParallel: false,
  timeout: 45_000,
  expect: { timeout: 10_000 },
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    baseURL: BASE_URL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: [
    { command: `node e2e/fixtures/fake-notifyd.mjs`, port: NOTIFYD_PORT, reuseExistingServer: false,
      env: { NOTIFYD_PORT: String(NOTIFYD_PORT), NOTIFYD_SOCKET } },
    { // local RFC 8030 push service: hands out subscriptions, checks VAPID, decrypts RFC 8291 payloads
      command: `node node_modules/web-push-testing/src/bin/server.js ${PUSH_SERVICE_PORT}`, port: PUSH_SERVICE_PORT,
      reuseExistingServer: false },
    { // a push service that answers 500, 429… on demand (e2e/fixtures/fault-push.ts)
      command: 'node --import tsx e2e/fixtures/fault-push-server.ts', port: FAULT_PUSH_PORT, reuseExistingServer: false,
      env: { FAULT_PUSH_PORT: String(FAULT_PUSH_PORT) } },
    {
      command: 'node --conditions=react-server --import tsx scripts/start.ts',
      url: `${BASE_URL}/manifest.webmanifest`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: 'pipe',
      env: {
        PORT: String(APP_PORT),
        CRIEUR_DATA_DIR: path.resolve(DATA_DIR),
        CRIEUR_BUILD: 'never',
        NEXTAUTH_URL: BASE_URL,
        NEXT_TELEMETRY_DISABLED: '1',
        // The default push-service allowlist plus the two local ones: plain http is allowed only because they are listed.
        PUSH_ENDPOINT_ALLOWLIST: `fcm.googleapis.com,*.push.services.mozilla.com,*.push.apple.com,*.notify.windows.com,${PUSH_SERVICE},${FAULT_PUSH_SERVICE}`,
        // No retries: a 500 from the fault push service becomes "failed" at once instead of after 5 attempts over minutes.
        PUSH_MAX_ATTEMPTS: '1',
      },
    },
  ],
});
