import type { Metadata } from "next";
import { getDb } from "@/lib/db";
import { requirePageUser } from "@/lib/auth/session";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { formatDateTime } from "@/lib/format";
import { listApiTokens } from "@/lib/api-tokens/list-api-tokens";
import { CreateApiTokenForm } from "@/components/forms/create-api-token-form";
import { RevokeApiTokenButton } from "@/components/revoke-api-token-button";
import { createApiTokenAction, revokeApiTokenAction } from "./actions";

export const metadata: Metadata = { title: "API tokens" };

export default async function ApiTokensPage() {
  const user = await requirePageUser("/admin/tokens");
  if (user.role !== "ADMIN") {
    return (
      <>
        <h1>API tokens</h1>
        <p className="empty">Only admins can manage API tokens.</p>
      </>
    );
  }
  const tokens = await listApiTokens(getDb());
  return (
    <>
      <h1>API tokens</h1>
      <p className="muted">
        Newsroom systems read claims, articles and reports, and import articles, with a token: <code>Authorization: Bearer …</code>. A token
        has a role like a user. The API is described at <a href="/api/openapi.json">/api/openapi.json</a>.
      </p>
      <h2>Create a token</h2>
      <CreateApiTokenForm action={createApiTokenAction} />
      <h2>Tokens</h2>
      {tokens.length === 0 ? (
        <p className="empty">No tokens yet.</p>
      ) : (
        <table className="table" data-testid="token-list">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Role</th>
              <th scope="col">Starts with</th>
              <th scope="col">Created</th>
              <th scope="col">Last used</th>
              <th scope="col">State</th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((t) => (
              <tr key={t.id}>
                <td>{t.name}</td>
                <td>{ROLE_LABELS[t.role]}</td>
                <td>
                  <code>{t.prefix}…</code>
                </td>
                <td>
                  {formatDateTime(t.createdAt)} <span className="muted small">by {t.createdBy.name}</span>
                </td>
                <td>{t.lastUsedAt ? formatDateTime(t.lastUsedAt) : "never"}</td>
                <td>{t.revokedAt ? `Revoked ${formatDateTime(t.revokedAt)}` : <RevokeApiTokenButton id={t.id} name={t.name} action={revokeApiTokenAction} />}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
