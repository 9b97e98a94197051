// npm run crossref:backfill [-- --all] — cross-references the articles already in DATABASE_URL
// (entities, match keys, figure conflicts). Safe to rerun; see lib/crossref/backfill.ts.
import { createPrismaClient } from "@/lib/db";
import { backfillCrossref } from "@/lib/crossref/backfill";

async function main() {
  const db = createPrismaClient();
  try {
    const started = Date.now();
    const report = await backfillCrossref(db, {
      all: process.argv.includes("--all"),
      onProgress: (done, total) => process.stdout.write(`\rCross-referenced ${done}/${total} articles`),
    });
    if (report.articles > 0) process.stdout.write("\n");
    console.log(
      `Cross-reference: ${report.articles} article(s), ${report.claims} claim(s) indexed, ${report.newConflicts} new figure pair(s) in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
    );
  } finally {
    await db.$disconnect();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
