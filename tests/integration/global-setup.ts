import type { TestProject } from "vitest/node";
import { createTestDatabase } from "@/scripts/support/test-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    databasePoolMax: number;
  }
}

export default async function setup(project: TestProject) {
  const database = await createTestDatabase("integration");
  console.log(`Integration tests on a fresh ${database.kind === "embedded" ? "embedded PGlite" : "PostgreSQL"} database.`);
  project.provide("databaseUrl", database.url);
  project.provide("databasePoolMax", database.poolMax);
  return async () => database.drop();
}
