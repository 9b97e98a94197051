// Type-ahead for the article filter: headlines matching the words typed so far (the last word as
// a prefix), newest first, a handful at a time. Served by the articles' full-text index.
import type { Db } from "@/lib/db";
import { prefixTsquery } from "@/lib/lists/prefix-query";

export interface ArticleSuggestion {
  id: string;
  title: string;
  outlet: string | null;
  publishedAt: Date | null;
}

export async function suggestArticles(db: Db, text: string, limit = 8): Promise<ArticleSuggestion[]> {
  const query = prefixTsquery(text, "A");
  if (!query) return [];
  return db.$queryRaw<ArticleSuggestion[]>`
    SELECT a.id, a.title, a.outlet, a."publishedAt"
    FROM articles a
    WHERE a.search_vector @@ to_tsquery('english', ${query})
    ORDER BY a."importedAt" DESC, a.id DESC
    LIMIT ${limit}`;
}
