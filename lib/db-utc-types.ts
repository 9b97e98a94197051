// Prisma stores `timestamp(3)` without time zone, in UTC; pg would read such values in the
// server's local zone. Pools that run raw SQL outside Prisma (reports, the embedded shared pool)
// read them as UTC with these parsers.
import { types } from "pg";

const TIMESTAMP_WITHOUT_TZ = 1114;

export const utcTimestampTypes = {
  getTypeParser(oid: number, format?: "text" | "binary") {
    if (oid === TIMESTAMP_WITHOUT_TZ) return (value: string) => new Date(`${value.replace(" ", "T")}Z`);
    return types.getTypeParser(oid, format as "text");
  },
} as unknown as typeof types;
