import Link from "next/link";

/** Keyset pages go forward from a position; "first page" starts over (the browser's Back goes back). */
export function KeysetPagination(props: { firstHref: string | null; nextHref: string | null }) {
  if (!props.firstHref && !props.nextHref) return null;
  return (
    <nav className="pagination" aria-label="Pages">
      {props.firstHref ? <Link href={props.firstHref}>← First page</Link> : <span />}
      {props.nextHref ? <Link href={props.nextHref}>Next page →</Link> : <span />}
    </nav>
  );
}
