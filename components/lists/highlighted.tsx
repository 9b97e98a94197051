import { highlightParts } from "@/lib/lists/highlight";

/** Text with the search's matches in <mark>; React escapes every part. */
export function Highlighted({ text, fallback }: { text: string | null; fallback: string }) {
  if (!text) return <>{fallback}</>;
  return (
    <>
      {highlightParts(text).map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
    </>
  );
}
