// The signed-in editor's saved claims views, as links in the navigation.
import Link from "next/link";
import { getDb } from "@/lib/db";
import { listViews } from "@/lib/saved-views/list-views";

export async function SavedViewsNav({ userId }: { userId: string }) {
  const views = await listViews(getDb(), userId);
  if (views.length === 0) return null;
  return (
    <span className="nav-views" data-testid="saved-views-nav">
      {views.map((v) => (
        <Link key={v.id} href={`/claims${v.query ? `?${v.query}` : ""}`} title={`Saved view: ${v.name}`}>
          {v.name}
        </Link>
      ))}
    </span>
  );
}
