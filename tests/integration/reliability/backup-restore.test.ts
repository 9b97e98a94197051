// `npm run db:backup` then `npm run db:restore` into an empty database gives back every article,
// claim, review, evidence link, note, claim link, user and audit row, byte for byte, with the
// migrations table and the audit trigger. Also: a fresh seed's demo accounts have audit rows.
import { addEvidence } from "@/lib/evidence/add-evidence";
import { addEvidenceSchema } from "@/lib/validation/evidence";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Client } from "pg";
import { describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db";
import { seedDatabase } from "@/lib/seed/seed-database";
import { verifyClaim } from "@/lib/claims/verify-claim";
import { createTestDatabase } from "@/scripts/support/test-database";

const TABLES = ["users", "articles", "claims", "evidence", "notes", "claim_links", "audit_log", "_prisma_migrations"];

async function snapshot(url: string): Promise<Record<string, string[]>> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const out: Record<string, string[]> = {};
    for (const table of TABLES) {
      const { rows } = await client.query<{ row: string }>(`SELECT row_to_json(t)::text AS row FROM "${table}" t ORDER BY 1`);
      out[table] = rows.map((r) => r.row);
    }
    return out;
  } finally {
    await client.end();
  }
}

function npm(script: string, args: string[], env: Record<string, string>) {
  const result = spawnSync("npx", ["tsx", script, ...args], { env: { ...process.env, ...env }, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${script} failed: ${result.stderr}${result.stdout}`);
  return result.stdout;
}

describe("backup and restore", () => {
  it("round-trips everything into an empty database", async () => {
    const source = await createTestDatabase("hardening_backup");
    if (source.kind !== "postgresql") return void (await source.drop()); // pg_dump needs a real PostgreSQL
    const dir = mkdtempSync(path.join(tmpdir(), "claimdesk-backup-"));
    const targetName = `claimdesk_test_hardening_restore_${Date.now()}_${process.pid}`;
    const base = new URL(source.url);
    const admin = new Client({ connectionString: Object.assign(new URL(source.url), { pathname: "/postgres" }).toString() });
    await admin.connect();
    const db = createPrismaClient(source.url);
    try {
      const seeded = await seedDatabase(db, { demoPassword: "demo-password-123" });
      // The demo accounts were created like any account: each with its audit row.
      for (const account of seeded.createdAccounts) {
        const user = await db.user.findUniqueOrThrow({ where: { email: account.email } });
        expect(await db.auditLog.count({ where: { entityType: "user", entityId: user.id, action: "user.create" } }), account.email).toBe(1);
      }
      const editor = await db.user.findUniqueOrThrow({ where: { email: "editor@claimdesk.test" } });
      const [first, second] = await db.claim.findMany({ take: 2, orderBy: { id: "asc" } });
      await addEvidence(db, addEvidenceSchema.parse({ claimId: first!.id, url: "https://example.test/source", stance: "SUPPORTS", strength: "PRIMARY" }), editor.id);
      await verifyClaim(db, { claimId: first!.id, version: first!.version, status: "VERIFIED", verdict: "MOSTLY_TRUE", note: "Checked ＝ «quoted» 😀", confirmNoEvidence: false }, editor.id);
      await db.note.create({ data: { articleId: first!.articleId, claimId: first!.id, start: first!.start, end: first!.end, quote: first!.quote, body: "A note", authorId: editor.id } });
      await db.claimLink.create({ data: { fromClaimId: first!.id, toClaimId: second!.id, type: "SUPPORTS", note: "link", createdById: editor.id } });

      const before = await snapshot(source.url);
      for (const table of ["users", "articles", "claims", "evidence", "notes", "claim_links", "audit_log"]) expect(before[table]!.length, table).toBeGreaterThan(0);

      const file = path.join(dir, "claimdesk.dump");
      npm("scripts/db-backup.ts", ["--out", file], { DATABASE_URL: source.url });
      await admin.query(`CREATE DATABASE "${targetName}"`);
      const target = Object.assign(new URL(base.toString()), { pathname: `/${targetName}` }).toString();
      npm("scripts/db-restore.ts", [file], { DATABASE_URL: target });

      expect(await snapshot(target)).toEqual(before);
      // The append-only trigger came back too.
      const restored = new Client({ connectionString: target });
      await restored.connect();
      try {
        await expect(restored.query("DELETE FROM audit_log")).rejects.toThrow();
      } finally {
        await restored.end();
      }
      // And restoring over a database that is not empty is refused.
      expect(() => npm("scripts/db-restore.ts", [file], { DATABASE_URL: target })).toThrow(/not empty/);
    } finally {
      await db.$disconnect();
      await admin.query(`DROP DATABASE IF EXISTS "${targetName}" WITH (FORCE)`);
      await admin.end();
      await source.drop();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
