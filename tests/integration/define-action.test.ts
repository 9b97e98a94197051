// The one way in for mutations: session, role, validation and error mapping, on a real database.
import { describe, expect, it, vi, beforeEach } from "vitest";
import { z } from "zod";
import type { SessionUser } from "@/lib/auth/session";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => session.user }));

const { defineAction } = await import("@/lib/actions/define-action");
const { createPrismaClient } = await import("@/lib/db");
const { createUserSchema } = await import("@/lib/validation/user");
const { createUser } = await import("@/lib/users/create-user");
const { testDb } = await import("./support");

const as = (role: SessionUser["role"]): SessionUser => ({ id: `u-${role}`, role, name: role, email: `${role}@x.test` });

describe("defineAction", () => {
  const run = vi.fn(async (input: { title: string }) => ({ echoed: input.title }));
  const action = defineAction({ name: "test.echo", role: "EDITOR", schema: z.object({ title: z.string().min(1, "Enter a title") }), run });

  beforeEach(() => {
    run.mockClear();
    session.user = null;
  });

  it("refuses a caller with no session before looking at the input", async () => {
    expect(await action({ title: "" })).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect(run).not.toHaveBeenCalled();
  });

  it("refuses viewers", async () => {
    session.user = as("VIEWER");
    expect(await action({ title: "x" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(run).not.toHaveBeenCalled();
  });

  it("returns field errors for invalid input and runs valid input", async () => {
    session.user = as("EDITOR");
    expect(await action({ title: "" })).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { title: "Enter a title" } });
    expect(await action({ title: "ok" })).toEqual({ ok: true, data: { echoed: "ok" } });
  });

  it("says the database is unavailable when it is, without a stack trace", async () => {
    session.user = as("ADMIN");
    const deadDb = createPrismaClient("postgresql://postgres@127.0.0.1:1/none");
    const addUser = defineAction({ name: "users.create", role: "ADMIN", schema: createUserSchema, run: (input) => createUser(deadDb, input, null) });
    const result = await addUser({ email: "new@x.test", name: "New", role: "EDITOR", password: "twelve chars long" });
    expect(result).toMatchObject({ ok: false, code: "DATABASE_UNAVAILABLE" });
    expect(JSON.stringify(result)).not.toMatch(/ECONNREFUSED|at .*\.ts/);
  });

  it("maps a duplicate email to a field error", async () => {
    session.user = as("ADMIN");
    const addUser = defineAction({ name: "users.create", role: "ADMIN", schema: createUserSchema, run: (input) => createUser(testDb(), input, null) });
    const values = { email: `dup-${Date.now()}@x.test`, name: "Dup", role: "EDITOR", password: "twelve chars long" } as const;
    expect(await addUser(values)).toMatchObject({ ok: true });
    expect(await addUser(values)).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { email: "A user with this email already exists" } });
  });
});
