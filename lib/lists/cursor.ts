// Opaque keyset cursors: the sort key values of the last row shown (as PostgreSQL printed them),
// bound to the sort they came from. Anything that does not decode to exactly that shape
// (tampered, truncated, from another sort or an older release) is "no cursor": the first page,
// never an error.
export type CursorKind = "text" | "integer" | "float8" | "timestamp";

export function encodeCursor(sort: string, values: string[]): string {
  return Buffer.from(JSON.stringify({ s: sort, v: values }), "utf8").toString("base64url");
}

export function decodeCursor(cursor: string | undefined, sort: string, kinds: readonly CursorKind[]): string[] | null {
  if (!cursor) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (!parsed || typeof parsed !== "object") return null;
    const { s, v } = parsed as { s?: unknown; v?: unknown };
    if (s !== sort || !Array.isArray(v) || v.length !== kinds.length) return null;
    return v.every((value, i) => typeof value === "string" && fits(value, kinds[i]!)) ? (v as string[]) : null;
  } catch {
    return null;
  }
}

const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(\.\d{1,6})?$/;
const FLOAT = /^-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;

function fits(value: string, kind: CursorKind): boolean {
  if (value.length > 200 || value.includes("\u0000")) return false;
  switch (kind) {
    case "text":
      return true;
    case "integer":
      return /^-?\d{1,9}$/.test(value);
    case "float8":
      return FLOAT.test(value);
    case "timestamp": {
      if (value === "-infinity" || value === "infinity") return true;
      const m = TIMESTAMP.exec(value);
      if (!m) return false;
      const date = new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`);
      return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}`);
    }
  }
}
