import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { toFailure } from "@/lib/actions/to-failure";
import { ConflictError, InvalidInputError } from "@/lib/errors";
import { isConnectionError } from "@/lib/db-errors";
import { safeCallbackPath } from "@/lib/auth/callback-path";
import { contentHash, normalizeBody } from "@/lib/articles/content-hash";

describe("toFailure", () => {
  it("gives field errors for invalid input", () => {
    const error = z.object({ title: z.string().min(1, "Enter the headline") }).safeParse({ title: "" }).error!;
    expect(toFailure(error, "t")).toMatchObject({ code: "INVALID", fieldErrors: { title: "Enter the headline" } });
  });

  it("passes expected errors through with their message", () => {
    expect(toFailure(new ConflictError("changed by someone else"), "t")).toEqual({ ok: false, code: "CONFLICT", error: "changed by someone else" });
    expect(toFailure(new InvalidInputError("dup", { body: "dup" }), "t").fieldErrors).toEqual({ body: "dup" });
  });

  it("says the database is down when the driver cannot connect", () => {
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:1"), { code: "ECONNREFUSED" });
    expect(isConnectionError(new Error("wrapped", { cause: refused }))).toBe(true);
    expect(toFailure(refused, "t").code).toBe("DATABASE_UNAVAILABLE");
  });

  it("logs unexpected errors and never shows their message or stack", () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const failure = toFailure(new TypeError("cannot read properties of undefined (reading 'id')"), "claims.review");
    expect(failure.code).toBe("INTERNAL");
    expect(failure.error).not.toMatch(/undefined|TypeError|at /);
    expect(log).toHaveBeenCalledOnce();
    log.mockRestore();
  });
});

describe("safeCallbackPath", () => {
  it("keeps same-site paths and drops anything that could leave the site", () => {
    expect(safeCallbackPath("/claims?status=VERIFIED")).toBe("/claims?status=VERIFIED");
    for (const bad of ["https://evil.example", "//evil.example", "/\\evil.example", "/\t/evil.example", "/\n/evil.example", "/%09/x", undefined]) {
      expect(new URL(safeCallbackPath(bad), "http://desk.test").origin).toBe("http://desk.test");
    }
    expect(safeCallbackPath("//evil.example")).toBe("/articles");
  });
});

describe("content hash", () => {
  it("treats the same text with other line endings and outer spacing as the same article", () => {
    const a = normalizeBody("  Line one.\r\nLine two.\n");
    const b = normalizeBody("Line one.\nLine two.");
    expect(a).toBe(b);
    expect(contentHash(a)).toBe(contentHash(b));
    expect(contentHash(normalizeBody("Line one.\nLine three."))).not.toBe(contentHash(a));
  });
});
