import { z } from "zod";
import { Role } from "@/lib/generated/prisma/enums";
import { idSchema, safeTextCheck } from "./safe-text";

export const createApiTokenSchema = z.object({
  name: z.string().trim().min(1, "Name the token after the system that uses it").max(100, "The name is limited to 100 characters").check(safeTextCheck("The name")),
  role: z.enum(Role, "Choose a role"),
});

export const revokeApiTokenSchema = z.object({ id: idSchema("The token id") });

export type CreateApiTokenFormValues = z.input<typeof createApiTokenSchema>;
export type CreateApiTokenInput = z.output<typeof createApiTokenSchema>;
