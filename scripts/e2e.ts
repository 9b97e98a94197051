// npm run test:e2e — Playwright in Debian Chromium against a production build on a fresh database
// holding the seed articles, the demo accounts and a viewer.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { createPrismaClient } from "@/lib/db";
import { seedDatabase } from "@/lib/seed/seed-database";
import { createUser } from "@/lib/users/create-user";
import { createTestDatabase, freePort } from "./support/test-database";
import { EDITOR, VIEWER } from "../tests/e2e/accounts";

async function main(): Promise<number> {
  const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!existsSync(chromium)) {
    console.error(`Chromium not found at ${chromium}. Install it with: apt-get update && apt-get install -y chromium (or set CHROMIUM_PATH); \`npm test\` does this itself when run as root.`);
    return 1;
  }
  const database = await createTestDatabase("e2e");
  console.log(`End-to-end tests on a fresh ${database.kind === "embedded" ? "embedded PGlite" : "PostgreSQL"} database.`);
  try {
    const db = createPrismaClient(database.url);
    try {
      await seedDatabase(db, { demoPassword: EDITOR.password });
      await createUser(db, { ...VIEWER, role: "VIEWER" }, null);
    } finally {
      await db.$disconnect();
    }

    const port = await freePort();
    const env = {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: database.url,
      DATABASE_POOL_MAX: String(database.poolMax),
      NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
      NEXTAUTH_URL: `http://localhost:${port}`,
      E2E_PORT: String(port),
      CHROMIUM_PATH: chromium,
      NEXT_DIST_DIR: ".next-e2e",
    };
    if (process.env.E2E_SKIP_BUILD !== "1") {
      const build = spawnSync("node", ["node_modules/next/dist/bin/next", "build"], { stdio: "inherit", env });
      if (build.status !== 0) return build.status ?? 1;
    }
    const args = ["playwright", "test", ...process.argv.slice(2)];
    return spawnSync("npx", args, { stdio: "inherit", env }).status ?? 1;
  } finally {
    await database.drop();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
