// The extraction boundary: text in, article + claims out. Nothing here knows about Next.js or Prisma.

export const CLAIM_TYPES = [
  "quantity",
  "percentage",
  "money",
  "date_event",
  "comparison",
  "attribution",
  "prediction",
  "ranking",
] as const;
export type ClaimType = (typeof CLAIM_TYPES)[number];

export type EntityKind = "person" | "organization" | "place";

export interface Entity {
  text: string;
  kind: EntityKind;
}

export interface Quantity {
  value: number;
  unit?: string;
  /** "about", "under", "over", "at least", "at most", "exactly", "up to", "nearly", "more than" … */
  comparator?: string;
  /** A year or period the figure refers to ("2013", "Q3 2014", "per day"). */
  period?: string;
  /** The other end of a range or alternative: "between 80 million and 90 million" → value 80e6, upper 90e6. */
  upper?: number;
  /** The figure it is compared with: "up from less than 5% a year ago", "triple the 18.7 million in 2013". */
  baseline?: { value: number; comparator?: string; period?: string };
}

export interface Money {
  amount: number;
  /** ISO 4217 code where known ("USD"), else the symbol or word used. */
  currency: string;
  /** The same amount given in another currency: "74.3 billion yuan ($12 billion)". */
  converted?: { amount: number; currency: string };
}

export interface Attribution {
  /** Who said it: the resolved name where the article names them ("Hugo Barra" for "Mr. Barra" or "he"), else as written. */
  speaker: string;
  /** The reporting verb or cue ("says", "according to", "states"). */
  cue: string;
  /** The source exactly as the article words it: "Mr. Barra", "Forrester analyst Bryan Wang", "people familiar with the matter". */
  asWritten?: string;
  /** The named person or organisation the source resolves to, when it does. */
  entity?: Entity;
}

export interface ExtractedClaim {
  /** Short, self-contained wording: "20 million handsets in 2013". */
  text: string;
  /** Exactly body.slice(start, end). */
  quote: string;
  /** UTF-16 offsets into the body, end exclusive. */
  start: number;
  end: number;
  type: ClaimType;
  /** 0–1: how worth checking an editor would find it. */
  checkworthiness: number;
  quantity?: Quantity;
  money?: Money;
  attribution?: Attribution;
  entities?: Entity[];
  /** Why this was extracted, for the editor: "figure: $12 billion (money); attributed to Mr. Barra (says)". */
  reason?: string;
}

export type ArticleFormat = "plain" | "tagged" | "markdown" | "json";

export interface ParsedArticle {
  title: string;
  author: string | null;
  outlet: string | null;
  /** ISO 8601 date (YYYY-MM-DD) or null when the text has none. */
  publishedAt: string | null;
  url: string | null;
  /** The stored body: claim offsets refer to this string. */
  body: string;
  format: ArticleFormat;
  /** Section label printed above the headline ("Breaking News"), when the source has one. */
  section?: string | null;
  /** Place of the dateline that opened the body ("BEIJING"), removed from the body. */
  dateline?: string | null;
  /** People credited in a contributor line ("Yang Jie contributed to this article."). */
  contributors?: string[];
}

/** Input that is not text: binary bytes, NUL characters, or undecodable (non-UTF-8) content. */
export class InvalidArticleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InvalidArticleError";
  }
}

export interface ExtractionResult {
  article: ParsedArticle;
  claims: ExtractedClaim[];
}
