import { z } from "zod";

/** Raw article files are read in the browser and sent as text; 1 MB covers any news article. */
export const MAX_FILE_CHARS = 1_000_000;

export const articleFileSchema = z.object({
  name: z.string().max(255).default("article"),
  text: z
    .string()
    .min(1, "The file is empty")
    .max(MAX_FILE_CHARS, `The file is larger than ${MAX_FILE_CHARS.toLocaleString("en")} characters`),
});

export type ArticleFileInput = z.output<typeof articleFileSchema>;
