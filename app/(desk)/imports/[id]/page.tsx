import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { getImportBatch } from "@/lib/imports/get-import-batch";
import { BatchProgress } from "@/components/imports/batch-progress";

export const metadata: Metadata = { title: "Bulk import progress" };

export default async function ImportBatchPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser(`/imports/${id}`);
  const batch = await getImportBatch(getDb(), { batchId: id, viewer: user }).catch((error) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  return (
    <>
      <p>
        <Link href="/imports">← Bulk import</Link>
      </p>
      <h1>Import of {batch.total} {batch.total === 1 ? "entry" : "entries"}</h1>
      <BatchProgress initial={batch} />
    </>
  );
}
