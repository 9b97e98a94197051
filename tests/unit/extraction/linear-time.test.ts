// Issue 11 D1: one pasted body must never freeze an import. wink's tokenizer regexes were
// superlinear on long whitespace-free runs ("x-x-x-…" of 40,000 characters took 15 s, one
// 150,000-character word 36 s). These tests hold the extractor to linear time on the inputs that
// broke it, by comparing sizes (CPU time, best of two, so other processes on the host do not count)
// and by a generous absolute bound far below the old figures.
import { describe, expect, it } from "vitest";
import { extractArticle, extractClaims } from "@/lib/extraction";
import { boundRuns, MAX_RUN } from "@/lib/extraction/nlp";

function cpuMs(fn: () => unknown): number {
  let best = Infinity;
  for (let r = 0; r < 2; r++) {
    const t0 = process.cpuUsage();
    fn();
    const u = process.cpuUsage(t0);
    best = Math.min(best, (u.user + u.system) / 1000);
  }
  return best;
}

const PATHOLOGICAL: Record<string, (chars: number) => string> = {
  "“x-” repeated": (n) => "x-".repeat(n / 2),
  "one long word": (n) => "a".repeat(n),
  "“a@” repeated (e-mail pattern)": (n) => "a@".repeat(n / 2),
  "a URL with a long path": (n) => "http://example.com/" + "a/".repeat(n / 2),
  "“x- ” repeated": (n) => "x- ".repeat(n / 3),
  "bare numbers": (n) => "1 ".repeat(n / 2),
  "money figures without punctuation": (n) => "$1 million ".repeat(n / 11),
  "quote marks": (n) => "\"".repeat(n),
};

describe("extraction time on pathological input (issue 11, D1)", () => {
  // Warm the model and the lexicons so the first case does not pay for loading them.
  extractClaims("Acme sold 3,000 bikes in 2019, its chief executive said.");

  for (const [name, make] of Object.entries(PATHOLOGICAL)) {
    it(`${name}: grows linearly and stays far below a second per 200,000 characters`, () => {
      const small = cpuMs(() => extractClaims(make(50_000)));
      const large = cpuMs(() => extractClaims(make(200_000)));
      // Four times the text: linear is ~4x; quadratic would be 16x. Allow noise on small figures.
      expect(large).toBeLessThan(8 * small + 150);
      // Before the fix: 36 s for 150,000 characters of one word, 15 s for 40,000 of "x-".
      expect(large).toBeLessThan(3_000);
    }, 30_000);
  }

  it("also through the article parser", () => {
    const raw = "Headline here\n\n" + "x-".repeat(100_000) + "\n\nAcme sold 3,000 bikes in 2019.";
    const ms = cpuMs(() => extractArticle(raw));
    expect(ms).toBeLessThan(3_000);
  }, 30_000);
});

describe("long runs are cut before wink reads them", () => {
  it("leaves ordinary text untouched", () => {
    const text = "Visit https://example.com/reports/2024/q3 or write to press@example.com for the figures.";
    expect(boundRuns(text)).toBe(text);
  });

  it("cuts every run longer than the limit, keeping the length, preferring punctuation", () => {
    const text = "word " + "ab-".repeat(100) + " 😀".repeat(3) + " " + "😀".repeat(80);
    const bounded = boundRuns(text);
    expect(bounded.length).toBe(text.length);
    for (const run of bounded.split(/\s+/)) expect(run.length).toBeLessThanOrEqual(MAX_RUN);
    // Cuts fall on the hyphens, so the words stay whole.
    expect(bounded.slice(5, 5 + 300).split(/\s+/).every((w) => /^(ab-)*ab-?$|^-?(ab-)*a?b?$/.test(w) || w === "")).toBe(true);
    // Never half of a surrogate pair.
    expect(bounded).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  });

  it("keeps claim offsets exact after a cut run", () => {
    const body = "x-".repeat(5_000) + "\n\nAcme sold 3,000 bikes in 2019.";
    const claims = extractClaims(body);
    expect(claims.some((c) => c.text.includes("3,000 bikes"))).toBe(true);
    for (const c of claims) expect(body.slice(c.start, c.end)).toBe(c.quote);
  });
});
