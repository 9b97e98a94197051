import type { Db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { recordAudit } from "@/lib/audit/record-audit";
import { InvalidInputError } from "@/lib/errors";
import type { CreateUserInput } from "@/lib/validation/user";

export async function createUser(db: Db, input: CreateUserInput, actorId: string | null) {
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email: input.email, name: input.name, role: input.role, passwordHash },
        select: { id: true, email: true, name: true, role: true },
      });
      await recordAudit(tx, {
        actorId,
        action: "user.create",
        entityType: "user",
        entityId: user.id,
        after: { email: user.email, role: user.role },
      });
      return user;
    });
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") {
      throw new InvalidInputError("A user with this email already exists.", { email: "A user with this email already exists" });
    }
    throw error;
  }
}
