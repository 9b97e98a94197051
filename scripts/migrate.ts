// npm run db:migrate — applies pending migrations to DATABASE_URL.
import { runMigrations } from "@/lib/migrations/run-migrations";

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error("DATABASE_URL is not set (e.g. postgresql://postgres@127.0.0.1:5432/claimdesk).");
    process.exit(2);
  }
  const report = await runMigrations(url);
  console.log(
    report.applied.length
      ? `Applied ${report.applied.length} migration(s): ${report.applied.join(", ")}`
      : `Database is up to date (${report.alreadyApplied.length} migration(s) applied).`,
  );
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
