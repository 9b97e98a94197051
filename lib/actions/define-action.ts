// The one way in for every mutation from the UI: load the session, check the role, validate the
// input with the same zod schema the form uses, run, and map errors to something the user can read.
import type { z } from "zod";
import { getSessionUser, type SessionUser } from "@/lib/auth/session";
import { hasRole, type Role } from "@/lib/auth/roles";
import { ForbiddenError, UnauthenticatedError } from "@/lib/errors";
import { toFailure, type Failure } from "./to-failure";

export type ActionResult<T> = { ok: true; data: T } | Failure;

export interface ActionDefinition<S extends z.ZodType, T> {
  /** A name for logs: "claims.review". */
  name: string;
  /** The least role allowed. Viewers never mutate, so this is EDITOR or ADMIN. */
  role: Exclude<Role, "VIEWER">;
  schema: S;
  run: (input: z.output<S>, user: SessionUser) => Promise<T>;
}

export function defineAction<S extends z.ZodType, T>(definition: ActionDefinition<S, T>) {
  return async function action(rawInput: z.input<S>): Promise<ActionResult<T>> {
    try {
      const user = await authorize(definition.role);
      const input = definition.schema.parse(rawInput);
      return { ok: true, data: await definition.run(input, user) };
    } catch (error) {
      return toFailure(error, definition.name);
    }
  };
}

export async function authorize(role: Role): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) throw new UnauthenticatedError();
  if (!hasRole(user.role, role)) throw new ForbiddenError();
  return user;
}
