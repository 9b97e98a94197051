// Where links in reports point and who publishes the ClaimReviews. Set in the environment:
//   REPORT_BASE_URL              public address of the desk (claim links: <base>/claims/<id>); default NEXTAUTH_URL
//   CLAIMREVIEW_PUBLISHER_NAME   the organization that publishes the fact checks; default "Claimdesk"
//   CLAIMREVIEW_PUBLISHER_URL    its web address; default the base URL
export interface ReportConfig {
  baseUrl: string;
  publisherName: string;
  publisherUrl: string;
}

export function reportConfig(env: Record<string, string | undefined> = process.env): ReportConfig {
  const baseUrl = trimSlash(env.REPORT_BASE_URL || env.NEXTAUTH_URL || "http://localhost:3000");
  return {
    baseUrl,
    publisherName: env.CLAIMREVIEW_PUBLISHER_NAME || "Claimdesk",
    publisherUrl: trimSlash(env.CLAIMREVIEW_PUBLISHER_URL || baseUrl),
  };
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, "");
}

export function claimUrl(config: ReportConfig, claimId: string): string {
  return `${config.baseUrl}/claims/${encodeURIComponent(claimId)}`;
}

export function articleDeskUrl(config: ReportConfig, articleId: string): string {
  return `${config.baseUrl}/articles/${encodeURIComponent(articleId)}`;
}
