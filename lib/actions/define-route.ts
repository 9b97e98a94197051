// The same guard as defineAction, for route handlers (downloads, API calls).
import type { z } from "zod";
import type { SessionUser } from "@/lib/auth/session";
import type { Role } from "@/lib/auth/roles";
import { authorize } from "./define-action";
import { toFailure, type FailureCode } from "./to-failure";

/** The HTTP status each failure answers with, for route handlers and the read API alike. */
export const FAILURE_STATUS: Record<FailureCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID: 400,
  DATABASE_UNAVAILABLE: 503,
  DESK_BUSY: 503,
  INTERNAL: 500,
};

export interface RouteDefinition<S extends z.ZodType> {
  name: string;
  role: Role;
  /** Validates the query string (as an object of its parameters). */
  query: S;
  run: (input: z.output<S>, user: SessionUser, request: Request) => Promise<Response>;
}

export function defineRoute<S extends z.ZodType>(definition: RouteDefinition<S>) {
  return async function handler(request: Request): Promise<Response> {
    try {
      const user = await authorize(definition.role);
      const params = Object.fromEntries(new URL(request.url).searchParams);
      const input = definition.query.parse(params);
      return await definition.run(input, user, request);
    } catch (error) {
      const failure = toFailure(error, definition.name);
      // A link followed in the browser (a download) would otherwise save this JSON as the file.
      if (failure.code === "UNAUTHENTICATED" && request.headers.get("sec-fetch-mode") === "navigate") {
        const url = new URL(request.url);
        const signIn = new URL("/signin", url);
        signIn.searchParams.set("callbackUrl", `${url.pathname}${url.search}`);
        return Response.redirect(signIn, 303);
      }
      // A busy desk says when to come back; clients and proxies honour Retry-After.
      const headers: HeadersInit = failure.code === "DESK_BUSY" ? { "Retry-After": "2" } : {};
      return Response.json(failure, { status: FAILURE_STATUS[failure.code], headers });
    }
  };
}
