// npm test — everything CI runs, in order, stopping at the first failure:
// typecheck, lint, unit tests, integration tests (fresh PostgreSQL database), end-to-end tests
// (Playwright in Chromium against a production build on another fresh database).
import { spawnSync } from "node:child_process";
import { ensureChromium } from "./support/ensure-chromium";

const steps: Array<[string, string[]]> = [
  ["typecheck", ["npm", "run", "-s", "typecheck"]],
  ["lint", ["npm", "run", "-s", "lint"]],
  ["unit tests", ["npx", "vitest", "run", "--project", "unit"]],
  ["integration tests", ["npx", "vitest", "run", "--project", "integration"]],
  ["end-to-end tests", ["npx", "tsx", "scripts/e2e.ts"]],
];

// Before anything runs, so a missing browser is found in seconds, not after the unit tests.
const chromium = ensureChromium();
if (!chromium.ok) {
  console.error(chromium.message);
  process.exit(1);
}

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1" };
const timings: string[] = [];
for (const [name, [command, ...args]] of steps) {
  console.log(`\n=== ${name} ===`);
  const started = Date.now();
  const result = spawnSync(command!, args, { stdio: "inherit", env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  timings.push(`${name} ${seconds}s`);
  if (result.status !== 0) {
    console.error(`\n${name} failed (exit ${result.status ?? result.signal}). Timings: ${timings.join(", ")}`);
    process.exit(result.status ?? 1);
  }
}
console.log(`\nAll ${steps.length} steps passed: ${timings.join(", ")}`);
