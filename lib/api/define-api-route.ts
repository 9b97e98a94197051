// Route handlers of the read API and the report downloads: a Bearer token (newsroom systems) or,
// without an Authorization header, the browser session. Either way the same role check, the same
// zod schemas, the same error mapping as defineRoute. A bad or revoked token gets 401 with no
// detail (nothing tells a caller whether a token exists).
import type { z } from "zod";
import { getDb } from "@/lib/db";
import { hasRole, type Role } from "@/lib/auth/roles";
import { authorize } from "@/lib/actions/define-action";
import { toFailure } from "@/lib/actions/to-failure";
import { FAILURE_STATUS } from "@/lib/actions/define-route";
import { authenticateToken } from "@/lib/api-tokens/authenticate-token";
import { ForbiddenError, UnauthenticatedError } from "@/lib/errors";
import { searchParamsToObject } from "@/lib/validation/report-scope";

export interface ApiPrincipal {
  kind: "token" | "session";
  role: Role;
  /** The user writes are recorded under. */
  actorId: string;
  tokenName?: string;
}


type RouteParams = Record<string, string>;

export interface ApiRouteDefinition<Q extends z.ZodType, B extends z.ZodType> {
  name: string;
  role: Role;
  /** Query string, repeated keys as arrays. */
  query?: Q;
  /** JSON body (POST). */
  body?: B;
  run: (
    input: { query: z.output<Q>; body: z.output<B>; params: RouteParams },
    principal: ApiPrincipal,
    request: Request,
  ) => Promise<Response>;
}

export function defineApiRoute<Q extends z.ZodType = z.ZodType, B extends z.ZodType = z.ZodType>(definition: ApiRouteDefinition<Q, B>) {
  return async function handler(request: Request, context?: { params?: Promise<RouteParams> }): Promise<Response> {
    const viaToken = request.headers.has("authorization");
    try {
      const principal = await authenticate(request, definition.role);
      const query = definition.query ? definition.query.parse(searchParamsToObject(new URL(request.url).searchParams)) : undefined;
      const body = definition.body ? definition.body.parse(await readJson(request)) : undefined;
      const params = (await context?.params) ?? {};
      return await definition.run({ query: query as z.output<Q>, body: body as z.output<B>, params }, principal, request);
    } catch (error) {
      const failure = toFailure(error, definition.name);
      if (failure.code === "UNAUTHENTICATED") {
        if (viaToken) return Response.json({ ok: false, code: "UNAUTHENTICATED", error: "Unauthorized" }, { status: 401, headers: { "WWW-Authenticate": "Bearer" } });
        // A download followed in the browser: go and sign in, then come back.
        if (request.headers.get("sec-fetch-mode") === "navigate") {
          const url = new URL(request.url);
          const signIn = new URL("/signin", url);
          signIn.searchParams.set("callbackUrl", `${url.pathname}${url.search}`);
          return Response.redirect(signIn, 303);
        }
      }
      const headers: HeadersInit = failure.code === "DESK_BUSY" ? { "Retry-After": "2" } : {};
      return Response.json(failure, { status: FAILURE_STATUS[failure.code], headers });
    }
  };
}

async function authenticate(request: Request, role: Role): Promise<ApiPrincipal> {
  if (request.headers.has("authorization")) {
    const token = await authenticateToken(getDb(), request.headers.get("authorization"));
    if (!token) throw new UnauthenticatedError();
    if (!hasRole(token.role, role)) throw new ForbiddenError("This token's role does not allow this.");
    return { kind: "token", role: token.role, actorId: token.actorId, tokenName: token.tokenName };
  }
  const user = await authorize(role);
  return { kind: "session", role: user.role, actorId: user.id };
}

async function readJson(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    return {};
  }
}
