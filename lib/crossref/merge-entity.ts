// Merges one entity into another: its aliases and claims move to the target, it disappears, and
// the target's claim count is recounted. Audited with what moved.
import type { Db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { InvalidInputError, NotFoundError } from "@/lib/errors";
import type { MergeEntityInput } from "@/lib/validation/entity";

export async function mergeEntity(db: Db, input: MergeEntityInput, actorId: string): Promise<{ intoEntityId: string }> {
  return db.$transaction(async (tx) => {
    const [target] = await tx.$queryRaw<Array<{ entityId: string }>>`
      SELECT al."entityId" FROM entity_aliases al WHERE al."normAlias" = crossref_norm_name(${input.intoName})`;
    if (!target) throw intoError(`No entity is called "${input.intoName}". Type its name or one of its aliases.`);
    if (target.entityId === input.entityId) throw intoError("An entity cannot be merged into itself: that name is one of its own.");
    // Both rows locked in id order, as the importer does.
    const locked = await tx.$queryRaw<Array<{ id: string; name: string; kind: string; claimCount: number }>>`
      SELECT id, name, kind::text, "claimCount" FROM entities WHERE id IN (${input.entityId}, ${target.entityId}) ORDER BY id FOR UPDATE`;
    const source = locked.find((e) => e.id === input.entityId);
    const into = locked.find((e) => e.id === target.entityId);
    if (!source) throw new NotFoundError("This entity");
    if (!into) throw intoError("That entity was merged or removed a moment ago. Reload and try again.");

    const aliases = await tx.entityAlias.findMany({ where: { entityId: source.id }, select: { alias: true } });
    await tx.entityAlias.updateMany({ where: { entityId: source.id }, data: { entityId: into.id } });
    await tx.$executeRaw`
      INSERT INTO claim_entities ("entityId", "claimId", "articleId", "publishedAt", "isSpeaker", metric, "periodKey")
      SELECT ${into.id}, "claimId", "articleId", "publishedAt", "isSpeaker", metric, "periodKey"
      FROM claim_entities WHERE "entityId" = ${source.id}
      ON CONFLICT ("entityId", "claimId") DO UPDATE SET "isSpeaker" = claim_entities."isSpeaker" OR excluded."isSpeaker"`;
    await tx.entity.delete({ where: { id: source.id } });
    await tx.$executeRaw`
      UPDATE entities SET "claimCount" = (SELECT count(*) FROM claim_entities WHERE "entityId" = ${into.id}) WHERE id = ${into.id}`;
    await recordAudit(tx, {
      actorId,
      action: "entity.merge",
      entityType: "entity",
      entityId: into.id,
      before: { merged: { id: source.id, name: source.name, kind: source.kind, claimCount: source.claimCount } },
      after: { into: { id: into.id, name: into.name }, movedAliases: aliases.map((a) => a.alias) },
    });
    return { intoEntityId: into.id };
  });
}

function intoError(message: string): InvalidInputError {
  return new InvalidInputError(message, { intoName: message });
}
