"use server";

import { defineAction } from "@/lib/actions/define-action";
import { getDb } from "@/lib/db";
import { createUser } from "@/lib/users/create-user";
import { createUserSchema } from "@/lib/validation/user";

export const createUserAction = defineAction({
  name: "users.create",
  role: "ADMIN",
  schema: createUserSchema,
  run: async (input, user) => {
    const created = await createUser(getDb(), input, user.id);
    return { email: created.email };
  },
});
