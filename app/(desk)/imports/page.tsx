import type { Metadata } from "next";
import Link from "next/link";
import { requirePageUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { listImportBatches } from "@/lib/imports/list-import-batches";
import { formatDateTime } from "@/lib/format";
import { BulkUploadForm } from "@/components/imports/bulk-upload-form";

export const metadata: Metadata = { title: "Bulk import" };

export default async function BulkImportPage() {
  const user = await requirePageUser("/imports");
  if (user.role === "VIEWER") {
    return (
      <>
        <h1>Bulk import</h1>
        <p className="empty">Viewers can read the desk but not import articles. Ask an admin for an editor account.</p>
      </>
    );
  }
  const batches = await listImportBatches(getDb(), user);
  return (
    <>
      <h1>Bulk import</h1>
      <p className="muted">
        Upload many articles at once; each is imported in the background with its claims, and you can follow every file below. For
        one article with a look at its metadata first, use <Link href="/articles/new">Import an article</Link>.
      </p>
      <BulkUploadForm />
      <h2>Recent imports</h2>
      {batches.length === 0 ? (
        <p className="empty">No bulk imports yet.</p>
      ) : (
        <table className="table import-batches">
          <thead>
            <tr>
              <th scope="col">Started</th>
              <th scope="col">From</th>
              <th scope="col" className="num">Entries</th>
              <th scope="col">State</th>
            </tr>
          </thead>
          <tbody>
            {batches.map((b) => (
              <tr key={b.id}>
                <td>
                  <Link href={`/imports/${b.id}`}>{formatDateTime(b.createdAt)}</Link>
                </td>
                <td>{b.source === "cli" ? "command line" : "upload"}</td>
                <td className="num">{b.total}</td>
                <td>{b.open > 0 ? `${b.open} still to import` : b.failed > 0 ? `done, ${b.failed} failed` : "done"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
