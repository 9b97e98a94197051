// Renames an entity. The old name stays an alias (articles still say it); the new one becomes one.
import type { Db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { InvalidInputError, NotFoundError } from "@/lib/errors";
import type { RenameEntityInput } from "@/lib/validation/entity";

export async function renameEntity(db: Db, input: RenameEntityInput, actorId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<Array<{ id: string; name: string; norm: string }>>`
      SELECT e.id, e.name, crossref_norm_name(${input.name}) AS norm FROM entities e WHERE e.id = ${input.entityId} FOR UPDATE`;
    if (!row) throw new NotFoundError("This entity");
    if (row.norm.length < 2) throw nameError("Give a name with at least two letters or digits.");
    const owner = await tx.entityAlias.findUnique({ where: { normAlias: row.norm }, select: { entityId: true, entity: { select: { name: true } } } });
    if (owner && owner.entityId !== row.id) {
      throw nameError(`"${owner.entity.name}" already goes by that name. Merge the two entities instead.`);
    }
    const clash = await tx.entity.findFirst({ where: { normName: row.norm, id: { not: row.id } }, select: { name: true } });
    if (clash) throw nameError(`"${clash.name}" already goes by that name. Merge the two entities instead.`);
    await tx.entity.update({ where: { id: row.id }, data: { name: input.name, normName: row.norm } });
    if (!owner) await tx.entityAlias.create({ data: { entityId: row.id, alias: input.name, normAlias: row.norm } });
    await recordAudit(tx, {
      actorId,
      action: "entity.rename",
      entityType: "entity",
      entityId: row.id,
      before: { name: row.name },
      after: { name: input.name },
    });
  });
}

function nameError(message: string): InvalidInputError {
  return new InvalidInputError(message, { name: message });
}
