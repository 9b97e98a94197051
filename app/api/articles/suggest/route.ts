// Type-ahead for the claims list's article filter.
import { defineRoute } from "@/lib/actions/define-route";
import { getDb } from "@/lib/db";
import { suggestArticles } from "@/lib/articles/suggest-articles";
import { articleSuggestSchema } from "@/lib/validation/article-suggest";

export const GET = defineRoute({
  name: "articles.suggest",
  role: "VIEWER",
  query: articleSuggestSchema,
  run: async ({ q }) => {
    const articles = q ? await suggestArticles(getDb(), q) : [];
    return Response.json({ articles }, { headers: { "Cache-Control": "no-store" } });
  },
});
