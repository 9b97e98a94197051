// The printable report: an HTML page with a print stylesheet. A cover (scope, date, counts by
// verdict), then each article with its claims: quote, verdict, finding, evidence and links.
// Written into 64 kB chunks handed to the client one by one, so a large report never sits in memory.
import { STATUS_LABELS, VERDICT_LABELS } from "@/lib/claims/labels";
import type { Verdict } from "@/lib/generated/prisma/enums";
import { describeScope } from "../describe-scope";
import { ChunkWriter } from "../chunk-writer";
import { claimsByArticle } from "../claims-by-article";
import type { ReportClaim } from "../report-claim";
import type { FormatContext, ReportFormat } from "./format";

export const htmlFormat: ReportFormat = {
  id: "html",
  label: "Printable page (HTML)",
  contentType: "text/html; charset=utf-8",
  extension: "html",
  inline: true,
  needsCounts: true,
  async *render(batches, context) {
    const out = new ChunkWriter();
    out.utf8(head(context));
    // The cover goes out at once: the client sees the report begin while the database sorts the scope.
    yield* out.flush();
    let any = false;
    for await (const { claim, opensArticle, first } of claimsByArticle(batches, context.config)) {
      if (opensArticle) {
        if (!first) out.utf8("</ol></section>");
        out.utf8(articleHeader(claim));
      }
      out.utf8(claimItem(claim));
      any = true;
      // Each full 64 kB chunk waits for the client before the next claim is written.
      yield* out.take();
    }
    if (any) out.utf8("</ol></section>");
    if (!any) out.utf8(`<p class="empty" data-testid="report-empty">No claims match this scope.</p>`);
    out.utf8("</main></body></html>\n");
    yield* out.flush();
  },
};

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch]!);
}

const e = escapeHtml;

function head({ scope, counts, generatedAt, config, scopeNames }: FormatContext): string {
  const byVerdict = Object.entries(counts?.byVerdict ?? {}) as [Verdict, number][];
  const byStatus = Object.entries(counts?.byStatus ?? {}) as [keyof typeof STATUS_LABELS, number][];
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Claimdesk report — ${e(generatedAt.toISOString().slice(0, 10))}</title>
<style>${STYLES}</style></head>
<body><main>
<section class="cover" aria-labelledby="cover-title">
<p class="kicker">${e(config.publisherName)} · Fact-check report</p>
<h1 id="cover-title">Claims report</h1>
<p class="generated">Generated ${e(generatedAt.toISOString().replace("T", " ").slice(0, 16))} UTC</p>
<h2>Scope</h2><ul class="scope">${describeScope(scope, scopeNames).map((l) => `<li>${e(l)}</li>`).join("")}</ul>
<h2>Counts</h2>
<p class="totals" data-testid="report-totals">${counts?.claims ?? 0} ${counts?.claims === 1 ? "claim" : "claims"} from ${counts?.articles ?? 0} ${counts?.articles === 1 ? "article" : "articles"}</p>
<table class="counts"><caption>Claims by verdict</caption><thead><tr><th scope="col">Verdict</th><th scope="col">Claims</th></tr></thead><tbody>
${byVerdict.length ? byVerdict.map(([v, n]) => `<tr><th scope="row">${e(VERDICT_LABELS[v])}</th><td>${n}</td></tr>`).join("") : `<tr><td colspan="2">No verdicts</td></tr>`}
</tbody></table>
<table class="counts"><caption>Claims by status</caption><thead><tr><th scope="col">Status</th><th scope="col">Claims</th></tr></thead><tbody>
${byStatus.map(([s, n]) => `<tr><th scope="row">${e(STATUS_LABELS[s])}</th><td>${n}</td></tr>`).join("")}
</tbody></table>
</section>
`;
}

function articleHeader(c: ReportClaim): string {
  const meta = [c.article.author, c.article.outlet, c.article.publishedAt].filter(Boolean).map((m) => e(m!)).join(" · ");
  return `<section class="article"><h2>${e(c.article.title)}</h2>
<p class="meta">${meta || "No author, outlet or date"}${c.article.sourceUrl ? ` · <a href="${e(c.article.sourceUrl)}">source</a>` : ""} · <a href="${e(c.article.url)}">in Claimdesk</a></p><ol class="claims">`;
}

function claimItem(c: ReportClaim): string {
  const verdictClass = c.verdictCode ? ` verdict-${c.verdictCode.toLowerCase()}` : "";
  return `<li class="claim" data-claim-id="${e(c.id)}">
<p class="claim-text"><a href="${e(c.url)}">${e(c.claim)}</a></p>
<blockquote>“${e(c.quote)}”${c.speaker ? ` <span class="speaker">— ${e(c.speaker)}</span>` : ""}</blockquote>
<p class="rating"><span class="verdict${verdictClass}">${e(c.verdict ?? c.status)}</span>${c.verdict ? ` <span class="status">${e(c.status)}</span>` : ""}${c.reviewer ? ` <span class="reviewer">· reviewed by ${e(c.reviewer)}${c.reviewedAt ? ` on ${e(c.reviewedAt.slice(0, 10))}` : ""}</span>` : ""}</p>
${c.finding ? `<p class="finding"><strong>Finding:</strong> ${e(c.finding)}</p>` : ""}
${c.evidence.length ? `<div class="evidence"><strong>Evidence</strong><ul>${c.evidence.map((ev) => `<li><span class="stance">${e(ev.stance)}</span> <a href="${e(ev.url)}">${e(ev.title ?? ev.url)}</a>${ev.title ? ` <span class="url">${e(ev.url)}</span>` : ""}</li>`).join("")}</ul></div>` : ""}
${c.crossReferences.length ? `<div class="xrefs"><strong>Cross-references</strong><ul>${c.crossReferences.map((x) => `<li>${e(x.relation)}: <a href="${e(x.claimUrl)}">${e(x.claim)}</a> <span class="meta">${e([x.articleTitle, x.outlet, x.publishedAt].filter(Boolean).join(", "))}</span></li>`).join("")}</ul></div>` : ""}
</li>`;
}

const STYLES = `
:root { color: #1c1e21; font-family: Georgia, "Times New Roman", serif; line-height: 1.45; }
body { margin: 0; background: #f5f6f8; }
main { max-width: 820px; margin: 0 auto; padding: 2rem; background: #fff; }
h1 { font-size: 2rem; margin: 0.2rem 0; } h2 { font-size: 1.25rem; margin: 1.6rem 0 0.4rem; }
a { color: #0b5cad; }
.kicker, .generated, .meta, .reviewer, .status, .url { color: #5c6470; font-size: 0.9rem; }
.cover { border-bottom: 2px solid #1c1e21; padding-bottom: 1.5rem; margin-bottom: 1rem; }
.scope { padding-left: 1.2rem; }
.totals { font-size: 1.15rem; font-weight: bold; }
.counts { border-collapse: collapse; margin: 0.6rem 1.5rem 0.6rem 0; display: inline-table; vertical-align: top; }
.counts caption { text-align: left; font-weight: bold; padding-bottom: 0.3rem; }
.counts th, .counts td { border: 1px solid #d9dde3; padding: 0.25rem 0.7rem; text-align: left; }
.counts td { text-align: right; }
.article { margin-top: 1.5rem; }
.claims { padding-left: 1.4rem; }
.claim { margin: 0 0 1.1rem; padding-bottom: 0.8rem; border-bottom: 1px solid #e6e8eb; break-inside: avoid; }
.claim-text { font-weight: bold; margin: 0 0 0.3rem; }
.claim-text a { color: inherit; text-decoration: none; }
blockquote { margin: 0.2rem 0 0.4rem; padding-left: 0.8rem; border-left: 3px solid #d9dde3; font-style: italic; }
.verdict { display: inline-block; font-family: system-ui, sans-serif; font-weight: 600; font-size: 0.85rem; padding: 0.05rem 0.55rem; border-radius: 999px; border: 1px solid #d9dde3; }
.verdict-true, .verdict-mostly_true { background: #e8f5ec; color: #1d7a3e; border-color: #b7dfc4; }
.verdict-false, .verdict-mostly_false, .verdict-misleading { background: #fdecea; color: #b42318; border-color: #f5c2bd; }
.verdict-mixed, .verdict-unproven { background: #fff7e0; border-color: #f0d999; }
.evidence ul, .xrefs ul { margin: 0.2rem 0; padding-left: 1.2rem; }
.stance { font-family: system-ui, sans-serif; font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.03em; color: #5c6470; }
.empty { font-style: italic; color: #5c6470; }
@media print {
  @page { margin: 18mm 16mm; }
  body { background: #fff; }
  main { max-width: none; padding: 0; }
  .cover { break-after: page; border: none; }
  .article h2 { break-after: avoid; }
  a { color: inherit; }
  .claim-text a::after { content: " (" attr(href) ")"; font-weight: normal; font-size: 0.75rem; color: #5c6470; word-break: break-all; }
  .evidence a::after { content: ""; }
}
`;
