// Demo data: the seed articles from seeds/ and demo accounts. Safe to run on every start.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { Db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/auth/roles";
import { contentHash, normalizeBody } from "@/lib/articles/content-hash";
import { importRawArticle } from "@/lib/articles/import-raw-article";
import { parseArticle } from "@/lib/extraction";

export interface DemoAccount {
  email: string;
  password: string;
  name: string;
  role: Role;
}

export function demoAccounts(): DemoAccount[] {
  const password = process.env.DEMO_PASSWORD ?? "claimdesk-demo";
  return [
    { email: "editor@claimdesk.test", password, name: "Demo Editor", role: "EDITOR" },
    { email: "admin@claimdesk.test", password, name: "Demo Admin", role: "ADMIN" },
  ];
}

const ARTICLE_FILE = /\.(txt|md|markdown|json)$/i;

export async function seedDatabase(db: Db, seedsDir = path.join(process.cwd(), "seeds")) {
  const accounts = demoAccounts();
  for (const account of accounts) {
    const existing = await db.user.findUnique({ where: { email: account.email } });
    if (!existing) {
      await db.user.create({
        data: { email: account.email, name: account.name, role: account.role, passwordHash: await hashPassword(account.password) },
      });
    }
  }
  const importer = await db.user.findUniqueOrThrow({ where: { email: accounts[0]!.email } });

  const files = (await readdir(seedsDir)).filter((f) => ARTICLE_FILE.test(f) && !/^readme/i.test(f)).sort();
  const imported: string[] = [];
  for (const file of files) {
    const raw = await readFile(path.join(seedsDir, file), "utf8");
    const hash = contentHash(normalizeBody(parseArticle(raw).body));
    if (await db.article.findUnique({ where: { contentHash: hash }, select: { id: true } })) continue;
    await importRawArticle(db, raw, importer.id);
    imported.push(file);
  }
  return { accounts, imported, seedFiles: files.length };
}
