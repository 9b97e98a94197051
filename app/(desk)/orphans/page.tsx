import type { Metadata } from "next";
import { getDb } from "@/lib/db";
import { requirePageUser } from "@/lib/auth/session";
import { listOrphans } from "@/lib/corrections/list-orphans";
import { OrphanList } from "@/components/annotate/orphan-list";
import "@/components/annotate/annotate.css";

export const metadata: Metadata = { title: "Orphans" };

export default async function OrphansPage() {
  const user = await requirePageUser("/orphans");
  const orphans = await listOrphans(getDb());
  return (
    <div className="stack">
      <h1>Orphans</h1>
      <p className="muted">
        Claims and notes whose words disappeared when an article was corrected. Re-attach each to a new passage, or archive it. Reviews, evidence and
        history are kept either way.
      </p>
      <OrphanList orphans={orphans} canWrite={user.role !== "VIEWER"} showArticle />
    </div>
  );
}
