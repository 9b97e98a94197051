import Link from "next/link";

export function Pagination(props: { page: number; pageCount: number; href: (page: number) => string }) {
  if (props.pageCount <= 1) return null;
  return (
    <nav className="pagination" aria-label="Pages">
      {props.page > 1 ? <Link href={props.href(props.page - 1)}>← Previous</Link> : <span />}
      <span>
        Page {props.page} of {props.pageCount}
      </span>
      {props.page < props.pageCount ? <Link href={props.href(props.page + 1)}>Next →</Link> : <span />}
    </nav>
  );
}
