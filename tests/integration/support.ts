// Shared set-up for integration tests: a Prisma client on the run's fresh database, and users.
import { inject } from "vitest";
import { randomUUID } from "node:crypto";
import { createPrismaClient, type Db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/auth/roles";

let db: Db | undefined;

export function testDb(): Db {
  if (!db) {
    process.env.DATABASE_URL = inject("databaseUrl");
    process.env.DATABASE_POOL_MAX = String(inject("databasePoolMax"));
    db = createPrismaClient(inject("databaseUrl"));
  }
  return db;
}

export async function makeUser(role: Role = "EDITOR", password = "correct horse battery staple") {
  const email = `${role.toLowerCase()}-${randomUUID()}@example.test`;
  return testDb().user.create({
    data: { email, name: `Test ${role.toLowerCase()}`, role, passwordHash: await hashPassword(password) },
  });
}

/** A unique article text, so tests never collide on the content hash. */
export function uniqueArticleBody(extra = ""): string {
  return `Acme Corp said on Tuesday it sold 1.2 million scooters in 2023, up 40 percent from a year earlier. Reference ${randomUUID()}.${extra}`;
}
