import Link from "next/link";

/** What a missing page says, inside the desk layout's main or the root 404's own. */
export function NotFoundMessage() {
  return (
    <>
      <h1>Not found</h1>
      <p>There is nothing at this address. The article or claim may have been removed, or the link is wrong.</p>
      <p>
        <Link href="/articles">Back to the articles</Link>
      </p>
    </>
  );
}
