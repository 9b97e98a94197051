import { z } from "zod";
import { optionalDate, optionalText, optionalUrl } from "./form-helpers";
import { MAX_BODY_CHARS } from "./limits";
import { safeTextCheck } from "./safe-text";

// Defined zod-free in limits.ts: the import form counts characters against it on first load.
export { MAX_BODY_CHARS };

export const importArticleSchema = z.object({
  title: z.string().trim().min(1, "Enter the headline").max(300, "The headline is limited to 300 characters").check(safeTextCheck("The headline")),
  author: optionalText(200, "Author"),
  outlet: optionalText(200, "Outlet"),
  publishedAt: optionalDate("Published date"),
  url: optionalUrl("Source URL"),
  body: z
    .string()
    .superRefine((value, ctx) => {
      if (value.trim().length === 0) ctx.addIssue({ code: "custom", message: "Paste the article text" });
      else if (value.length > MAX_BODY_CHARS)
        ctx.addIssue({
          code: "custom",
          message: `The article body is limited to ${MAX_BODY_CHARS.toLocaleString("en")} characters; this one has ${value.length.toLocaleString("en")}. Split it into parts.`,
        });
    })
    .check(safeTextCheck("The article text")),
});

export type ImportArticleFormValues = z.input<typeof importArticleSchema>;
export type ImportArticleInput = z.output<typeof importArticleSchema>;
