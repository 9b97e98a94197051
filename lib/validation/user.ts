import { z } from "zod";
import { Role } from "@/lib/generated/prisma/enums";
import { safeTextCheck } from "./safe-text";

export const createUserSchema = z.object({
  email: z.string().trim().toLowerCase().min(1, "Enter an email").max(254, "Enter a valid email address").email("Enter a valid email address"),
  name: z.string().trim().min(1, "Enter a name").max(120, "The name is limited to 120 characters").check(safeTextCheck("The name")),
  role: z.enum(Role, "Choose a role"),
  password: z.string().min(12, "Use at least 12 characters").max(200, "The password is limited to 200 characters").check(safeTextCheck("The password")),
});

export type CreateUserFormValues = z.input<typeof createUserSchema>;
export type CreateUserInput = z.output<typeof createUserSchema>;
