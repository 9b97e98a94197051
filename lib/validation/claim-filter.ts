// The claims list filter, read from the URL by the list page and by the CSV export alike.
import { z } from "zod";
import { ClaimStatus, ClaimType } from "@/lib/generated/prisma/enums";
import { ID_PATTERN, toSafeText } from "./safe-text";

const emptyToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);

export const claimFilterSchema = z.object({
  status: z.preprocess(emptyToUndefined, z.enum(ClaimStatus).optional()).catch(undefined),
  type: z.preprocess(emptyToUndefined, z.enum(ClaimType).optional()).catch(undefined),
  articleId: z.preprocess(emptyToUndefined, z.string().regex(ID_PATTERN).optional()).catch(undefined),
  // NUL and broken characters are dropped rather than refused: a search box should never fail.
  q: z.preprocess(emptyToUndefined, z.string().max(200).transform(toSafeText).pipe(z.string().trim()).optional()).catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});

export type ClaimFilter = z.output<typeof claimFilterSchema>;
