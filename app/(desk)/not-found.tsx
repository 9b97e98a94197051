import Link from "next/link";

// Rendered inside the desk layout, whose <main> already holds it: a second main landmark would
// confuse screen readers (app/not-found.tsx serves addresses outside the desk, with its own main).
export default function DeskNotFound() {
  return (
    <div className="narrow-block">
      <h1>Not found</h1>
      <p>There is nothing at this address. The article or claim may have been removed, or the link is wrong.</p>
      <p>
        <Link href="/articles">Back to the articles</Link>
      </p>
    </div>
  );
}
