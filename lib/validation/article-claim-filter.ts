// The article page's side-list filter, read from the URL: a status and a claim type, both optional.
// Anything unknown is ignored rather than an error: it is a link someone may have edited.
import { z } from "zod";
import { ClaimStatus, ClaimType } from "@/lib/generated/prisma/enums";

const emptyToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);

export const articleClaimFilterSchema = z.object({
  status: z.preprocess(emptyToUndefined, z.enum(ClaimStatus).optional()).catch(undefined),
  type: z.preprocess(emptyToUndefined, z.enum(ClaimType).optional()).catch(undefined),
});

export type ArticleClaimFilter = z.output<typeof articleClaimFilterSchema>;
