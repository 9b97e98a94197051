// A history in plain words: "Verdict: Unproven → False, by Sam, 2 Dec 14:03".
import type { DescribedChange } from "@/lib/history/describe-change";

export function HistoryList({ changes, empty = "No changes recorded yet." }: { changes: DescribedChange[]; empty?: string }) {
  if (changes.length === 0) return <p className="empty">{empty}</p>;
  return (
    <ol className="history-list" data-testid="history">
      {changes.map((c) => (
        <li key={c.id}>
          {c.changes.join("; ")}
          <span className="muted">
            , by {c.by}, <time dateTime={c.at.toISOString()}>{c.when}</time>
          </span>
        </li>
      ))}
    </ol>
  );
}
