import { readFileSync } from "node:fs";
import { extractArticle } from "@/lib/extraction";
import { analyze } from "@/lib/extraction/nlp";
import { segment } from "@/lib/extraction/segment";
import { factuality } from "@/lib/extraction/factuality/model";
for (const f of process.argv.slice(2)) {
  const { article } = extractArticle(readFileSync(f, "utf8"));
  const a = analyze(article.body);
  for (const s of segment(a)) if (!s.heading) console.log(factuality(a, s.first, s.last).toFixed(2), a.text.slice(s.start, s.end).slice(0, 110));
}
