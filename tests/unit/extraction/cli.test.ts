import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { ROOT, SEED_TAGGED } from "./helpers";

const TSX = path.join(ROOT, "node_modules/.bin/tsx");
const CLI = path.join(ROOT, "scripts/extract-claims.ts");
const run = (args: string[], input?: string | Buffer) =>
  spawnSync(TSX, [CLI, ...args], { cwd: ROOT, input, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });

describe("claims:extract CLI", () => {
  it("prints one article object for a file", () => {
    const r = run([SEED_TAGGED]);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(["article", "claims"]);
    expect(Object.keys(out.article)).toEqual(["title", "author", "outlet", "publishedAt", "body"]);
    expect(out.article.author).toBe("Paul Mozur");
    for (const c of out.claims) {
      expect(out.article.body.slice(c.start, c.end)).toBe(c.quote);
      expect(Object.keys(c).slice(0, 6)).toEqual(["text", "quote", "start", "end", "type", "checkworthiness"]);
    }
  }, 30_000);

  it("--lines prints exactly one result line per input line, a 100,000-char line included", () => {
    const long = "Xiaomi sold 2,000 phones in one day. ".repeat(2_800).trim();
    expect(long.length).toBeGreaterThan(100_000);
    const input = ["Xiaomi sold 2,000 phones in one day.", "", "I think so.", long, "Revenue rose 18% to 9.4 trillion won."].join("\n") + "\n";
    const r = run(["--lines", "-"], input);
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split("\n").map((l) => JSON.parse(l));
    expect(lines).toHaveLength(5);
    expect(lines[0].claims[0]).toMatchObject({ start: 0, end: 36, type: "quantity" });
    expect(lines[1]).toEqual({ claims: [] });
    expect(lines[2]).toEqual({ claims: [] });
    expect(lines[3].claims.length).toBeGreaterThan(100);
    expect(lines[4].claims[0].type).toBe("percentage");
  }, 60_000);

  it("rejects binary and non-UTF-8 input with a message and a non-zero status", () => {
    const nul = run([], Buffer.from([0x61, 0x00, 0x62]));
    expect(nul.status).toBe(1);
    expect(nul.stderr).toMatch(/binary/);
    const latin1 = run(["--lines"], Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
    expect(latin1.status).toBe(1);
    expect(latin1.stderr).toMatch(/UTF-8/);
  }, 30_000);

  it("prints an empty claim list for empty input", () => {
    const r = run([], "");
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).claims).toEqual([]);
  }, 30_000);
});
