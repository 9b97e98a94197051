// Bulk triage on the claims list: assign, or set "in review" / "dismissed", for ticked claims or
// for every claim matching the list's filter.
//
// Each batch is one transaction and one statement: lock the next BATCH_SIZE target rows in id
// order (FOR UPDATE), update them (version + 1) and append one audit row per claim with the state
// each row had once locked. Locking in a fixed order means two editors bulk-changing overlapping
// rows queue behind each other rather than deadlock; the second sees the first's committed state
// as its "before", so every claim ends in one of the two states and both changes are audited.
// The selection is walked by id (keyset), so "all matching" never loads the ids into Node, and a
// change that moves rows out of the filter (dismissing "unreviewed" claims) cannot skip any.
import type { Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { requireAssignable } from "@/lib/users/require-assignable";
import type { BulkChange, BulkClaimsInput } from "@/lib/validation/bulk-claims";
import { parseBulkFilter, type BulkFilter } from "./bulk-filter";
import { claimFilterCondition } from "./claim-filter-sql";
import { entityFilterNames, namesThroughPrisma } from "./entity-filter-names";

export const BULK_BATCH_SIZE = 500;

// The timestamp columns hold UTC without a zone, as Prisma writes them.
const UTC_NOW = Prisma.sql`(now() AT TIME ZONE 'UTC')`;

export interface BulkResult {
  /** Claims changed (and audited). */
  changed: number;
}

export async function bulkUpdateClaims(
  db: Db,
  input: BulkClaimsInput,
  actorId: string,
  options: { batchSize?: number } = {},
): Promise<BulkResult> {
  if (input.change.kind === "assign") await requireAssignable(db, input.change.assigneeId);
  const batchSize = options.batchSize ?? BULK_BATCH_SIZE;
  const selection =
    input.selection.kind === "ids"
      ? Prisma.sql`c."id" = ANY(${[...new Set(input.selection.ids)]}::text[])`
      : await bulkFilterCondition(db, parseBulkFilter(input.selection.params));
  const { set, stillDifferent, action, changeJson } = changeSql(input.change, actorId);

  let changed = 0;
  let after = "";
  for (;;) {
    // One statement: its own transaction, so a batch commits or rolls back whole.
    const [batch] = await db.$queryRaw<{ changed: number; last_id: string | null }[]>`
      WITH target AS (
        SELECT c."id", c."status", c."assigneeId", c."version"
        FROM "claims" c
        WHERE ${selection} AND ${stillDifferent} AND c."id" > ${after}
        ORDER BY c."id"
        LIMIT ${batchSize}
        FOR UPDATE OF c
      ), updated AS (
        UPDATE "claims" c
        SET ${set}, "version" = c."version" + 1, "updatedAt" = ${UTC_NOW}
        FROM target
        WHERE c."id" = target."id"
        RETURNING c."id", c."status", c."assigneeId", c."version",
          target."status" AS before_status, target."assigneeId" AS before_assignee, target."version" AS before_version
      ), audited AS (
        INSERT INTO "audit_log" ("actorId", "action", "entityType", "entityId", "before", "after")
        SELECT ${actorId}, ${action}, 'claim', u."id",
          jsonb_build_object('status', u.before_status, 'assigneeId', u.before_assignee, 'version', u.before_version),
          jsonb_build_object('status', u."status", 'assigneeId', u."assigneeId", 'version', u."version", 'bulk', ${changeJson}::jsonb)
        FROM updated u
      )
      SELECT count(*)::int AS changed, max("id") AS last_id FROM updated`;
    // The batch's last id is where the next one starts; rows the lock wait showed to be already
    // in the target state were skipped by the recheck and need no second look.
    if (!batch || batch.changed === 0 || batch.last_id === null) break;
    changed += batch.changed;
    after = batch.last_id;
  }
  return { changed };
}

function changeSql(change: BulkChange, actorId: string) {
  if (change.kind === "assign") {
    return {
      set: Prisma.sql`"assigneeId" = ${change.assigneeId}`,
      stillDifferent: Prisma.sql`c."assigneeId" IS DISTINCT FROM ${change.assigneeId}`,
      action: "claim.bulk_assign",
      changeJson: JSON.stringify({ assigneeId: change.assigneeId }),
    };
  }
  // Verified claims keep their review: un-verifying takes a look at the claim, not a bulk change.
  const decided = change.status === "DISMISSED";
  return {
    set: decided
      ? Prisma.sql`"status" = ${change.status}::"ClaimStatus", "reviewerId" = ${actorId}, "reviewedAt" = ${UTC_NOW}`
      : Prisma.sql`"status" = ${change.status}::"ClaimStatus", "reviewedAt" = NULL`,
    stillDifferent: Prisma.sql`c."status" <> ${change.status}::"ClaimStatus" AND c."status" <> 'VERIFIED'`,
    action: "claim.bulk_status",
    changeJson: JSON.stringify({ status: change.status }),
  };
}

/** The list's condition for "all N matching this filter", the entity's names read first as the list reads them. */
async function bulkFilterCondition(db: Db, filter: BulkFilter): Promise<Prisma.Sql> {
  return claimFilterCondition(filter, { entityNames: await entityFilterNames(namesThroughPrisma(db), filter.entity) });
}
