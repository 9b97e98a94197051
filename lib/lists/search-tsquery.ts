// The tsquery of a search box: websearch_to_tsquery semantics (all words, any order, "quoted
// phrases", -exclusions, or), with irregular verb forms widened ("sold" also finds "sell").
import { Prisma } from "@/lib/generated/prisma/client";
import { irregularForms } from "./irregular-forms";

export function searchTsquery(text: string): Prisma.Sql {
  // Words inside quotes, after a minus, or next to "or" keep websearch's exact meaning.
  if (/\bor\b/i.test(text)) return Prisma.sql`websearch_to_tsquery('english', ${text})`;
  const widened: string[][] = [];
  let inQuote = false;
  const rest = text
    .split(/("|\s+)/)
    .map((token) => {
      if (token === '"') inQuote = !inQuote;
      if (inQuote || token.startsWith("-")) return token;
      const forms = irregularForms(token.replace(/[^\p{L}]/gu, ""));
      if (!forms || forms.length < 2 || /[^\p{L}]/u.test(token.replace(/[.,;:!?]+$/u, ""))) return token;
      widened.push(forms);
      return " ";
    })
    .join("");
  let query = Prisma.sql`websearch_to_tsquery('english', ${rest})`;
  for (const forms of widened) {
    const any = Prisma.join(
      forms.map((f) => Prisma.sql`to_tsquery('english', ${f})`),
      " || ",
    );
    query = Prisma.sql`(${query} && (${any}))`;
  }
  return query;
}
