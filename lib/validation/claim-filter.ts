// The claims list filter, read from the URL by the list page and by the CSV export alike.
import { z } from "zod";
import { ClaimStatus, ClaimType } from "@/lib/generated/prisma/enums";

const emptyToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);

export const claimFilterSchema = z.object({
  status: z.preprocess(emptyToUndefined, z.enum(ClaimStatus).optional()).catch(undefined),
  type: z.preprocess(emptyToUndefined, z.enum(ClaimType).optional()).catch(undefined),
  articleId: z.preprocess(emptyToUndefined, z.string().max(64).optional()).catch(undefined),
  q: z.preprocess(emptyToUndefined, z.string().trim().max(200).optional()).catch(undefined),
  // Cross-reference (issue 6): claims with links, or with an open figure conflict.
  links: z.preprocess(emptyToUndefined, z.enum(["linked", "conflict"]).optional()).catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});

export type ClaimFilter = z.output<typeof claimFilterSchema>;
