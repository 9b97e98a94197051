// `npm start` / `npm test` on a fresh clone: installs dependencies when they are missing or older
// than the lockfile, then hands over to the TypeScript script. Plain JavaScript because nothing
// (not even tsx) is installed yet when it runs.
import { spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";

const [major, minor] = process.versions.node.split(".").map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(`Claimdesk needs Node.js 20.19 or newer; this is ${process.version}.`);
  process.exit(1);
}

const [script, ...args] = process.argv.slice(2);
const installed = "node_modules/.package-lock.json";
if (!existsSync(installed) || statSync(installed).mtimeMs < statSync("package-lock.json").mtimeMs) {
  console.log("Installing dependencies (npm ci)…");
  const install = spawnSync("npm", ["ci", "--no-audit", "--no-fund"], { stdio: "inherit" });
  if (install.status !== 0) process.exit(install.status ?? 1);
}
const result = spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", script, ...args], { stdio: "inherit" });
process.exit(result.status ?? 1);
