// npx tsx scripts/bench-bundle-browser.ts [DIST_DIR] — the cross-check of `npm run bench:bundle`:
// serves an existing production build on a fresh seeded database, opens every page route in
// Chromium with an empty cache, and sums the script responses the browser actually fetched
// (bytes on the wire, as the server compressed them) until the network is idle. Next to each
// figure it prints what bench:bundle counts for the route from the build's chunk list, and the
// chunks one side has and the other has not. Heavy (a server and a browser): run it under the CPU lock.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type BrowserContext } from "@playwright/test";
import { createPrismaClient } from "@/lib/db";
import { seedDatabase } from "@/lib/seed/seed-database";
import { ADMIN } from "../tests/e2e/accounts";
import { measureBundles } from "./bench-bundle";
import { createTestDatabase, freePort } from "./support/test-database";

interface Fetched {
  file: string;
  encodedBytes: number;
  encoding: string;
}

async function firstLoad(context: BrowserContext, url: string, status: number): Promise<Fetched[]> {
  const page = await context.newPage();
  const fetched: Promise<Fetched>[] = [];
  page.on("requestfinished", (request) => {
    if (request.resourceType() !== "script") return;
    fetched.push(
      (async () => {
        const response = await request.response();
        const sizes = await request.sizes();
        return {
          file: new URL(request.url()).pathname.replace(/^\/_next\//, ""),
          encodedBytes: sizes.responseBodySize,
          encoding: (await response?.headerValue("content-encoding")) ?? "identity",
        };
      })(),
    );
  });
  const response = await page.goto(url, { waitUntil: "networkidle" });
  if (response?.status() !== status) throw new Error(`${url} answered ${response?.status()}, not ${status}`);
  await page.close();
  return Promise.all(fetched);
}

async function main() {
  const distDir = process.argv[2] ?? process.env.NEXT_DIST_DIR ?? ".next";
  const database = await createTestDatabase("bundle");
  const db = createPrismaClient(database.url);
  const port = await freePort();
  const base = `http://localhost:${port}`;
  let browser: Browser | null = null;
  const server = spawn("node", ["node_modules/next/dist/bin/next", "start", "-p", String(port)], {
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
      NEXT_DIST_DIR: distDir,
      DATABASE_URL: database.url,
      DATABASE_POOL_MAX: String(database.poolMax),
      NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
      NEXTAUTH_URL: base,
      IMPORT_WORKER: "off",
    },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  try {
    await seedDatabase(db, { demoPassword: ADMIN.password });
    const admin = await db.user.findUniqueOrThrow({ where: { email: ADMIN.email } });
    const article = await db.article.findFirstOrThrow({ orderBy: { id: "asc" } });
    const claim = await db.claim.findFirstOrThrow({ where: { articleId: article.id } });
    const entity = await db.entity.findFirstOrThrow();
    const batch = await db.importBatch.create({ data: { createdById: admin.id, source: "cli" } });
    const ids: Record<string, string> = { "/articles/[id]": article.id, "/articles/[id]/correct": article.id, "/articles/[id]/versions": article.id, "/claims/[id]": claim.id, "/entities/[id]": entity.id, "/imports/[id]": batch.id };

    for (let i = 0; ; i++) {
      const up = await fetch(`${base}/signin`).then((r) => r.ok, () => false);
      if (up) break;
      if (i > 240) throw new Error("the server did not start");
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
    // One signed-in session, reused by a fresh context (empty HTTP cache) for every route.
    const signInContext = await browser.newContext({ baseURL: base });
    const signInPage = await signInContext.newPage();
    await signInPage.goto("/signin?callbackUrl=%2Farticles");
    await signInPage.getByLabel("Email").fill(ADMIN.email);
    await signInPage.getByLabel("Password").fill(ADMIN.password);
    await signInPage.getByRole("button", { name: "Sign in" }).click();
    await signInPage.waitForURL(/\/articles$/);
    const storageState = await signInContext.storageState();
    await signInContext.close();

    const counted = new Map(
      (JSON.parse(readFileSync(path.join(distDir, "diagnostics", "route-bundle-stats.json"), "utf8")) as Array<{ route: string; firstLoadChunkPaths: string[] }>).map((s) => [
        s.route,
        s.firstLoadChunkPaths.map((p) => p.replace(/^\.next[^/]*\//, "")),
      ]),
    );
    const benchRows = new Map(measureBundles(distDir).map((r) => [r.route, r]));
    console.log(`Scripts fetched on a cold first load in Chromium (${distDir}) vs what bench:bundle counts\n`);
    console.log(`${"route".padEnd(26)} ${"fetched kB".padStart(10)} ${"n".padStart(3)} ${"bench kB".padStart(9)} ${"n".padStart(3)}  encoding  differences`);
    for (const route of [...counted.keys()].sort()) {
      const url = route === "/_not-found" ? "/no-such-page" : route.replace(/\/\[id\]/, () => `/${ids[route]}`);
      const context = await browser.newContext({ baseURL: base, storageState: route === "/signin" ? undefined : storageState });
      let scripts: Fetched[];
      try {
        scripts = await firstLoad(context, url, route === "/_not-found" ? 404 : 200);
      } finally {
        await context.close();
      }
      const files = new Set(scripts.map((s) => s.file));
      const listed = new Set(counted.get(route));
      const missing = [...listed].filter((f) => !files.has(f)).map((f) => `-${path.basename(f)}`);
      const extra = [...files].filter((f) => !listed.has(f)).map((f) => `+${path.basename(f)}`);
      const kb = scripts.reduce((sum, s) => sum + s.encodedBytes, 0) / 1024;
      const encodings = [...new Set(scripts.map((s) => s.encoding))].join(",");
      const bench = benchRows.get(route)!;
      console.log(
        `${route.padEnd(26)} ${kb.toFixed(1).padStart(10)} ${String(scripts.length).padStart(3)} ${bench.gzipKb.toFixed(1).padStart(9)} ${String(bench.chunks).padStart(3)}  ${encodings.padEnd(8)}  ${[...missing, ...extra].join(" ") || "none"}`,
      );
    }
  } finally {
    await browser?.close();
    if (server.pid) process.kill(-server.pid, "SIGTERM");
    await db.$disconnect();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await database.drop();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
