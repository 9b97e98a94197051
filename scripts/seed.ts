// npm run db:seed — loads the seed articles and demo accounts into DATABASE_URL.
import { createPrismaClient } from "@/lib/db";
import { seedDatabase } from "@/lib/seed/seed-database";

async function main() {
  const db = createPrismaClient();
  try {
    const result = await seedDatabase(db);
    console.log(`Seed articles: ${result.imported.length} imported, ${result.seedFiles - result.imported.length} already present.`);
    for (const a of result.accounts) console.log(`Demo ${a.role.toLowerCase()}: ${a.email} / ${a.password}`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
