// Hostile values for property-based tests: what an attacker or a broken client could send.
import fc from "fast-check";

const NASTY_CHARS = ["\u0000", "\uD800", "\uDFFF", "\u202E", "\u200F", "\u200B", "\uFEFF", "＝", "=", "%", "_", "\\", "'", '"', "<", "\n", "\r", "\t", "😀", "\u0085"];

/** Strings mixing ordinary text with NUL, lone surrogates, bidi and zero-width marks, wildcards. */
export function hostileString(): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string({ unit: fc.oneof(fc.constantFrom(...NASTY_CHARS), fc.string({ minLength: 1, maxLength: 1 })), maxLength: 60 }),
    fc.string({ unit: "binary", maxLength: 40 }),
    fc.constantFrom("", " ", "0000-01-01", "2147483648", "-1", "NaN", "1e309", "http://[", "javascript:alert(1)", "//evil.example", "/.//evil.example"),
    // Huge: past every field's limit.
    fc.integer({ min: 1, max: 3 }).map((n) => "x\u0000".repeat(n * 150_000)),
  );
}

/** A value nested `depth` levels deep, built without recursion. */
export function deeplyNested(depth: number): unknown {
  let value: unknown = "leaf";
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
  return value;
}

export function hostileValue(): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 5, arbitrary: hostileString() },
    fc.constantFrom(2_147_483_648, -2_147_483_649, Number.MAX_SAFE_INTEGER, -0, NaN, Infinity, 1.5, 0),
    fc.constantFrom(null, undefined, true, [], {}),
    fc.integer({ min: 100, max: 5_000 }).map(deeplyNested),
  );
}

// Keys every form in the app uses, so values land where schemas look (plus unknown ones).
const KEYS = ["title", "author", "outlet", "publishedAt", "url", "body", "claimId", "version", "status", "verdict", "note", "evidenceUrl", "email", "name", "role", "password", "text", "q", "page", "articleId", "id", "type", "start", "end", "quote"];

/** An input object (or not an object at all) for an action or schema. */
export function hostileInput(): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 6, arbitrary: fc.dictionary(fc.constantFrom(...KEYS), hostileValue(), { maxKeys: 8 }) },
    { weight: 1, arbitrary: hostileValue() },
  );
}
