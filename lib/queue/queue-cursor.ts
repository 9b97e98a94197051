// The queue's keyset cursor: the position (check-worthiness, created, id) of a row in queue order,
// as an opaque URL-safe string. A cursor that does not parse is no cursor: the first page.
import { z } from "zod";

export interface QueuePosition {
  checkworthiness: number;
  createdAt: Date;
  id: string;
}

const cursorSchema = z.object({ w: z.number().finite(), t: z.iso.datetime(), i: z.string().min(1).max(64) });

export function encodeQueueCursor(position: QueuePosition): string {
  const json = JSON.stringify({ w: position.checkworthiness, t: position.createdAt.toISOString(), i: position.id });
  return Buffer.from(json, "utf8").toString("base64url");
}

export function decodeQueueCursor(cursor: string | undefined | null): QueuePosition | null {
  if (!cursor || cursor.length > 300) return null;
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")));
    if (!parsed.success) return null;
    return { checkworthiness: parsed.data.w, createdAt: new Date(parsed.data.t), id: parsed.data.i };
  } catch {
    return null;
  }
}
