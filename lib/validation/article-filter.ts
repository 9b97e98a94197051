// The articles list: search, order and position, read from the URL.
import { z } from "zod";
import { SEARCH_TEXT_KEPT, listChoice, listCursor, listText } from "./list-params";

export const ARTICLE_SORTS = ["relevance", "imported", "published", "title"] as const;
export type ArticleSort = (typeof ARTICLE_SORTS)[number];

export const articleFilterSchema = z.object({
  q: listText(SEARCH_TEXT_KEPT),
  sort: listChoice(ARTICLE_SORTS),
  cursor: listCursor,
});
export type ArticleFilter = z.output<typeof articleFilterSchema>;
