// npm run db:seed — loads the seed articles into DATABASE_URL and, on a database with no users,
// demo accounts. Their password: DEMO_PASSWORD, else "claimdesk-demo" on the embedded demo
// database, else a random one printed once (a real server never gets a published password).
import { randomBytes } from "node:crypto";
import { createPrismaClient } from "@/lib/db";
import { demoAccounts, seedDatabase } from "@/lib/seed/seed-database";

export const EMBEDDED_DEMO_PASSWORD = "claimdesk-demo";

async function main() {
  const embedded = process.env.CLAIMDESK_EMBEDDED_DB === "1";
  const demoPassword = process.env.DEMO_PASSWORD ?? (embedded ? EMBEDDED_DEMO_PASSWORD : randomBytes(12).toString("base64url"));
  const db = createPrismaClient();
  try {
    const result = await seedDatabase(db, { demoPassword });
    console.log(`Seed articles: ${result.imported.length} imported, ${result.seedFiles - result.imported.length} already present.`);
    for (const a of result.createdAccounts) console.log(`Demo ${a.role.toLowerCase()} created: ${a.email} / ${a.password}`);
    if (result.createdAccounts.length === 0) {
      const existing = await db.user.findMany({ where: { email: { in: demoAccounts("").map((a) => a.email) } }, select: { email: true } });
      if (existing.length > 0) {
        const hint = embedded && !process.env.DEMO_PASSWORD ? EMBEDDED_DEMO_PASSWORD : "the password printed when they were created";
        console.log(`Demo accounts: ${existing.map((u) => u.email).join(", ")} (password: ${hint}).`);
      }
    }
  } finally {
    await db.$disconnect();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
