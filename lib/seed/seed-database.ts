// Demo data: the seed articles from seeds/ and, on a database with no users yet, demo accounts.
// Safe to run on every start: articles already present are skipped, and demo accounts are never
// re-created once any user exists (so deleting them sticks).
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { Db } from "@/lib/db";
import { createUser } from "@/lib/users/create-user";
import type { Role } from "@/lib/auth/roles";
import { contentHash, normalizeBody } from "@/lib/articles/content-hash";
import { importRawArticle } from "@/lib/articles/import-raw-article";
import { parseArticle } from "@/lib/extraction";
import { backfillCrossref } from "@/lib/crossref/backfill";

export interface DemoAccount {
  email: string;
  password: string;
  name: string;
  role: Role;
}

export function demoAccounts(password: string): DemoAccount[] {
  return [
    { email: "editor@claimdesk.test", password, name: "Demo Editor", role: "EDITOR" },
    { email: "admin@claimdesk.test", password, name: "Demo Admin", role: "ADMIN" },
  ];
}

const ARTICLE_FILE = /\.(txt|md|markdown|json)$/i;

export interface SeedOptions {
  seedsDir?: string;
  /** Password for demo accounts created by this run. */
  demoPassword: string;
}

export async function seedDatabase(db: Db, options: SeedOptions) {
  const seedsDir = options.seedsDir ?? path.join(process.cwd(), "seeds");
  const createdAccounts: DemoAccount[] = [];
  if ((await db.user.count()) === 0) {
    for (const account of demoAccounts(options.demoPassword)) {
      // Through createUser, so the account and its audit row ("user.create", no actor: the seed)
      // are written together like any other account.
      await createUser(db, { email: account.email, name: account.name, role: account.role, password: account.password }, null);
      createdAccounts.push(account);
    }
  }
  // Seed articles are imported in the name of the oldest editor (or admin).
  const importer = await db.user.findFirst({ where: { role: { in: ["EDITOR", "ADMIN"] } }, orderBy: [{ role: "desc" }, { createdAt: "asc" }] });
  const files = (await readdir(seedsDir)).filter((f) => ARTICLE_FILE.test(f) && !/^readme/i.test(f)).sort();
  const imported: string[] = [];
  if (importer) {
    for (const file of files) {
      const raw = await readFile(path.join(seedsDir, file), "utf8");
      const hash = contentHash(normalizeBody(parseArticle(raw).body));
      if (await db.article.findUnique({ where: { contentHash: hash }, select: { id: true } })) continue;
      await importRawArticle(db, raw, importer.id, file);
      imported.push(file);
    }
  }
  // Articles imported before cross-referencing existed get their entities and conflicts (idempotent).
  await backfillCrossref(db);
  return { createdAccounts, imported, seedFiles: files.length };
}
