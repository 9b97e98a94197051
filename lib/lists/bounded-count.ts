// A list's count, stopped at a bound ("10,000+ claims"), and its wording. No Prisma or zod here:
// client components (the bulk selection bar) word counts the same way the pages do.

export interface BoundedCount {
  count: number;
  /** True when there are more than `count` rows. */
  more: boolean;
}

export function formatBoundedCount(total: BoundedCount, one: string, many: string): string {
  return `${total.count.toLocaleString("en")}${total.more ? "+" : ""} ${total.count === 1 && !total.more ? one : many}`;
}
