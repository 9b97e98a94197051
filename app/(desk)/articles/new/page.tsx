import type { Metadata } from "next";
import { requirePageUser } from "@/lib/auth/session";
import { ImportArticleForm } from "@/components/forms/import-article-form";
import { importArticleAction, readArticleFileAction } from "./actions";

export const metadata: Metadata = { title: "Import an article" };

export default async function ImportArticlePage() {
  const user = await requirePageUser("/articles/new");
  if (user.role === "VIEWER") {
    return (
      <>
        <h1>Import an article</h1>
        <p className="empty">Viewers can read the desk but not import articles. Ask an admin for an editor account.</p>
      </>
    );
  }
  return (
    <>
      <h1>Import an article</h1>
      <p className="muted">Paste the article or load its file; Claimdesk stores it and extracts its checkable claims.</p>
      <ImportArticleForm action={importArticleAction} readFile={readArticleFileAction} />
    </>
  );
}
