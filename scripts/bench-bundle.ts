// npm run bench:bundle — first-load JavaScript per route of the production build, gzip-compressed
// as the server sends it, against the budget. Exits 1 when any route is over, so CI fails.
// Reads Next's own per-route chunk list (diagnostics/route-bundle-stats.json, written by `next build`):
// the scripts a browser loads for the route's first view. Checked against a real browser with
// scripts/bench-bundle-browser.ts (docs/bundle.md): the same files, no polyfill chunk (Next serves it
// `noModule`, so modern browsers never fetch it and the list does not name it), and no chunk a
// page loads later with `import()` (the form validation code).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

export const BUDGET_KB = 130;
// `next start` compresses with gzip at zlib's default level, and sends bodies under 1 kB as they
// are (the `compression` middleware's threshold): counted the same way here.
const COMPRESSION_THRESHOLD_BYTES = 1024;

interface RouteStats {
  route: string;
  firstLoadChunkPaths: string[];
}

export function measureBundles(distDir: string): Array<{ route: string; gzipKb: number; rawKb: number; chunks: number }> {
  const statsFile = path.join(distDir, "diagnostics", "route-bundle-stats.json");
  if (!existsSync(statsFile)) throw new Error(`${statsFile} not found: run \`next build\` first.`);
  const stats = JSON.parse(readFileSync(statsFile, "utf8")) as RouteStats[];
  const cache = new Map<string, { raw: number; gzip: number }>();
  const sizeOf = (chunk: string) => {
    let size = cache.get(chunk);
    if (!size) {
      // Paths are written relative to the project, starting with the default dist folder name.
      const file = path.join(distDir, chunk.replace(/^\.next[^/]*\//, ""));
      const bytes = readFileSync(file);
      size = { raw: bytes.length, gzip: bytes.length < COMPRESSION_THRESHOLD_BYTES ? bytes.length : gzipSync(bytes).length };
      cache.set(chunk, size);
    }
    return size;
  };
  return stats
    .map((s) => {
      const sizes = s.firstLoadChunkPaths.map(sizeOf);
      return {
        route: s.route,
        chunks: sizes.length,
        rawKb: sizes.reduce((sum, x) => sum + x.raw, 0) / 1024,
        gzipKb: sizes.reduce((sum, x) => sum + x.gzip, 0) / 1024,
      };
    })
    .sort((a, b) => a.route.localeCompare(b.route));
}

function main() {
  const distDir = process.argv[2] ?? process.env.NEXT_DIST_DIR ?? ".next";
  const rows = measureBundles(distDir);
  const over = rows.filter((r) => r.gzipKb > BUDGET_KB);
  console.log(`First-load JavaScript per route (${distDir}), budget ${BUDGET_KB} kB gzip\n`);
  console.log(`${"route".padEnd(28)} ${"gzip kB".padStart(8)} ${"raw kB".padStart(8)} ${"chunks".padStart(6)}  status`);
  for (const r of rows) {
    const status = r.gzipKb > BUDGET_KB ? "OVER" : "ok";
    console.log(`${r.route.padEnd(28)} ${r.gzipKb.toFixed(1).padStart(8)} ${r.rawKb.toFixed(1).padStart(8)} ${String(r.chunks).padStart(6)}  ${status}`);
  }
  if (over.length) {
    console.error(`\n${over.length} route(s) over the ${BUDGET_KB} kB budget: ${over.map((r) => r.route).join(", ")}`);
    process.exit(1);
  }
  console.log(`\nAll ${rows.length} routes within ${BUDGET_KB} kB.`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) main();
