// Property-based fuzzing of every zod schema in lib/validation (found by importing each module, so
// a schema another feature adds is fuzzed too): hostile input never makes a schema throw, and what
// a schema lets through can be stored — no NUL, no lone surrogate, integers within PostgreSQL's
// integer, no string longer than any field allows.
import { readdirSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { isSafeText, MAX_INT4 } from "@/lib/validation/safe-text";
import { hostileInput } from "../../support/hostile";

const dir = path.join(process.cwd(), "lib", "validation");
const modules = readdirSync(dir).filter((f) => f.endsWith(".ts"));

/** Every string and number in a parsed value, found without recursion (values may nest deeply). */
function leaves(value: unknown): Array<string | number> {
  const out: Array<string | number> = [];
  const stack: unknown[] = [value];
  while (stack.length) {
    const v = stack.pop();
    if (typeof v === "string" || typeof v === "number") out.push(v);
    else if (v && typeof v === "object") stack.push(...Object.values(v as object));
  }
  return out;
}

describe("every zod schema in lib/validation under hostile input", () => {
  for (const file of modules) {
    it(`${file}: never throws, and lets through only storable values`, async () => {
      const exported = (await import(path.join(dir, file))) as Record<string, unknown>;
      const schemas = Object.entries(exported).filter(([, v]) => v instanceof z.ZodType) as Array<[string, z.ZodType]>;
      for (const [name, schema] of schemas) {
        fc.assert(
          fc.property(hostileInput(), (input) => {
            const result = schema.safeParse(input);
            if (!result.success) {
              // Every refusal carries a message a form can show.
              expect(result.error.issues.every((i) => typeof i.message === "string" && i.message.length > 0), name).toBe(true);
              return;
            }
            for (const leaf of leaves(result.data)) {
              if (typeof leaf === "string") {
                expect(isSafeText(leaf), `${name} let through ${JSON.stringify(leaf.slice(0, 40))}`).toBe(true);
                expect(leaf.length, name).toBeLessThanOrEqual(1_000_000);
              } else if (Number.isInteger(leaf)) {
                expect(Math.abs(leaf), `${name} let through ${leaf}`).toBeLessThanOrEqual(MAX_INT4);
              }
            }
          }),
          { numRuns: 300 },
        );
      }
    }, 60_000);
  }
});
