"use server";

import { defineAction } from "@/lib/actions/define-action";
import { getDb } from "@/lib/db";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { revokeApiToken } from "@/lib/api-tokens/revoke-api-token";
import { createApiTokenSchema, revokeApiTokenSchema } from "@/lib/validation/api-token";

export const createApiTokenAction = defineAction({
  name: "apiTokens.create",
  role: "ADMIN",
  schema: createApiTokenSchema,
  run: async (input, user) => createApiToken(getDb(), input, user.id),
});

export const revokeApiTokenAction = defineAction({
  name: "apiTokens.revoke",
  role: "ADMIN",
  schema: revokeApiTokenSchema,
  run: async (input, user) => {
    await revokeApiToken(getDb(), input.id, user.id);
    return { id: input.id };
  },
});
