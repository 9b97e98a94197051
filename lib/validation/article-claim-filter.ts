// The article page's side-list filter, read from the URL: a status and a claim type, both optional.
// Anything unknown is ignored rather than an error: it is a link someone may have edited.
import { z } from "zod";
import { ClaimStatus, ClaimType } from "@/lib/generated/prisma/enums";
import { listEnum } from "./list-params";

export const articleClaimFilterSchema = z.object({
  status: listEnum(ClaimStatus),
  type: listEnum(ClaimType),
});

export type ArticleClaimFilter = z.output<typeof articleClaimFilterSchema>;
