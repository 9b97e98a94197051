// Below an article's text: corrections (links to the form and versions), the JSON-LD download,
// the article's orphans and its history.
import Link from "next/link";
import { getDb } from "@/lib/db";
import { listOrphans } from "@/lib/corrections/list-orphans";
import { articleHistory } from "@/lib/history/claim-history";
import { HistoryList } from "@/components/history/history-list";
import { OrphanList } from "./orphan-list";

export async function ArticleExtras({ articleId, canWrite }: { articleId: string; canWrite: boolean }) {
  const db = getDb();
  const [orphans, history, versions] = await Promise.all([
    listOrphans(db, { articleId }),
    articleHistory(db, articleId, 100),
    db.articleVersion.count({ where: { articleId } }),
  ]);
  return (
    <div className="stack annotate-extras">
      <p className="inline-actions">
        {canWrite ? (
          <Link className="button" href={`/articles/${articleId}/correct`}>
            Correct the text
          </Link>
        ) : null}
        <Link href={`/articles/${articleId}/versions`}>Versions ({versions + 1})</Link>
        <a href={`/api/annotations?article=${articleId}`} download>
          Download annotations (W3C JSON-LD)
        </a>
      </p>
      {orphans.claims.length + orphans.notes.length > 0 ? (
        <section aria-labelledby="orphans-heading">
          <h2 id="orphans-heading">Orphans from corrections</h2>
          <OrphanList orphans={orphans} canWrite={canWrite} showArticle={false} />
        </section>
      ) : null}
      <details>
        <summary>
          <h2 className="inline-heading">History of this article</h2>
        </summary>
        <HistoryList changes={history} />
      </details>
    </div>
  );
}
