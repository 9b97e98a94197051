// A tsquery for "words typed so far" (type-ahead): every word must match, the last one as a
// prefix, optionally only lexemes of one weight (A = headline). Built from letters and digits
// only, so nothing typed can be tsquery syntax, a LIKE wildcard or NUL.
export function prefixTsquery(text: string, weight?: "A" | "B" | "C" | "D"): string | null {
  const words = text.match(/[\p{L}\p{N}]+/gu)?.slice(0, 8);
  if (!words?.length) return null;
  const w = weight ?? "";
  return words.map((word, i) => (i === words.length - 1 ? `${word}:*${w}` : `${word}:${w}`)).join(" & ");
}
