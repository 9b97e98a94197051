// Prisma CLI configuration. The JS/WASM schema engine (experimental adapter) is what makes
// `prisma generate` and `prisma migrate diff` work on machines with no access to Prisma's binary host.
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";

// The schema's `url = env("DATABASE_URL")` must resolve even where no database is configured
// (`prisma generate` at install time), or the CLI falls back to downloading a query engine.
process.env.DATABASE_URL ??= "postgresql://postgres@127.0.0.1:5432/claimdesk";
const connectionString = process.env.DATABASE_URL;

export default defineConfig({
  schema: "prisma/schema.prisma",
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => new PrismaPg({ connectionString, allowExitOnIdle: true }),
});
