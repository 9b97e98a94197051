import { z } from "zod";
import { safeTextCheck } from "./safe-text";

/** Raw article files are read in the browser and sent as text; 1 MB covers any news article. */
export const MAX_FILE_CHARS = 1_000_000;

export const articleFileSchema = z.object({
  name: z.string().max(255).check(safeTextCheck("The file name")).default("article"),
  text: z
    .string()
    .min(1, "The file is empty")
    .max(MAX_FILE_CHARS, `The file is larger than ${MAX_FILE_CHARS.toLocaleString("en")} characters`)
    .check(safeTextCheck("The file")),
});

export type ArticleFileInput = z.output<typeof articleFileSchema>;
