// Inputs of article corrections and of orphan handling.
import { z } from "zod";
import { optionalText } from "./form-helpers";
import { selectionSchema } from "./annotation";

export const correctArticleSchema = z.object({
  articleId: z.string().min(1),
  /** The version the editor loaded: a correction from a stale page is refused. */
  version: z.coerce.number().int().positive(),
  body: z.string().max(500_000, "The article is limited to 500,000 characters").refine((v) => v.trim() !== "", "A correction cannot empty the article"),
  reason: optionalText(1_000, "The reason"),
});

const orphanRef = { kind: z.enum(["claim", "note"]), id: z.string().min(1) };
export const reattachSchema = selectionSchema.extend(orphanRef);
export const archiveOrphanSchema = z.object(orphanRef);

export type CorrectArticleValues = z.input<typeof correctArticleSchema>;
export type CorrectArticleInput = z.output<typeof correctArticleSchema>;
export type ReattachInput = z.output<typeof reattachSchema>;
