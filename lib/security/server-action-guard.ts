// Server-action requests Next.js would answer with a 500 are refused first, with the status they
// deserve: a foreign (or unparseable) Origin is a cross-site forgery attempt (403), and a body that
// is not an encoded argument list is a malformed request (400).

export type ActionRefusal = { status: 400 | 403; message: string };

/** Next.js compares the Origin's host with X-Forwarded-Host (first value), else Host. */
export function foreignOrigin(headers: Headers): ActionRefusal | null {
  const origin = headers.get("origin");
  if (origin === null) return null; // Next lets these through (no browser omits Origin on a POST)
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return { status: 403, message: "This request came from another site and was refused." };
  }
  const forwarded = headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  const host = headers.get("host");
  if (originHost && (originHost === forwarded || originHost === host)) return null;
  return { status: 403, message: "This request came from another site and was refused." };
}

/**
 * React encodes a call's arguments as a JSON array (or multipart form data when files or FormData
 * are passed). `null`, `not json` or an object made Next.js throw inside the action handler.
 */
export async function malformedActionBody(request: Request): Promise<ActionRefusal | null> {
  const type = request.headers.get("content-type") ?? "";
  if (type.startsWith("multipart/form-data") || type.startsWith("application/x-www-form-urlencoded")) return null;
  let text: string;
  try {
    text = await request.clone().text();
  } catch {
    return { status: 400, message: "The request body could not be read." };
  }
  try {
    if (Array.isArray(JSON.parse(text))) return null;
  } catch {
    // fall through
  }
  return { status: 400, message: "The request body is not a valid server action call." };
}
