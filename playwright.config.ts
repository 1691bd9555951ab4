import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, debianChromium } from './tests/support/chromium';

// CRUX_E2E_PORT lets several checkouts run their tests at once.
const port = Number(process.env.CRUX_E2E_PORT ?? 4317);

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	retries: 0,
	workers: 2,
	reporter: process.env.CI ? 'list' : [['list']],
	use: {
		baseURL: `http://localhost:${port}`,
		trace: 'retain-on-failure',
		launchOptions: { executablePath: debianChromium, args: CHROMIUM_ARGS }
	},
	projects: [
		{
			name: 'chromium',
			use: { ...devices['Desktop Chrome'], viewport: { width: 1440, height: 900 } }
		}
	],
	webServer: {
		command: `npm run build && npx vite preview --port ${port} --strictPort`,
		url: `http://localhost:${port}`,
		reuseExistingServer: !process.env.CI,
		timeout: 180_000
	}
});
