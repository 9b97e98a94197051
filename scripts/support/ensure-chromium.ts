// The end-to-end tests need Debian's Chromium (Playwright's own browser download cannot work
// offline). On a fresh machine `npm test` installs it when it runs as root with apt available,
// and says so; otherwise it stops with the one line to run.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

export const CHROMIUM_INSTALL = "apt-get update && apt-get install -y chromium";

export function ensureChromium(path = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium"): { ok: true } | { ok: false; message: string } {
  if (existsSync(path)) return { ok: true };
  const root = process.getuid?.() === 0;
  const apt = spawnSync("apt-get", ["--version"], { stdio: "ignore" }).status === 0;
  if (process.env.CHROMIUM_PATH || !root || !apt) {
    return { ok: false, message: `Chromium not found at ${path}. Install it with: sudo sh -c '${CHROMIUM_INSTALL}' (or set CHROMIUM_PATH).` };
  }
  console.log(`Chromium not found at ${path}: installing Debian's chromium with apt-get (running as root)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  for (const args of [["update", "-qq"], ["install", "-y", "-qq", "chromium"]]) {
    const result = spawnSync("apt-get", args, { stdio: "inherit", env });
    if (result.status !== 0) return { ok: false, message: `apt-get ${args.join(" ")} failed. Install Chromium with: ${CHROMIUM_INSTALL}` };
  }
  return existsSync(path) ? { ok: true } : { ok: false, message: `apt-get installed chromium, but not at ${path}. Set CHROMIUM_PATH.` };
}
