import Link from "next/link";
import { requirePageUser } from "@/lib/auth/session";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { SignOutButton } from "@/components/sign-out-button";
import { SavedViewsNav } from "@/components/lists/saved-views-nav";

export default async function DeskLayout({ children }: { children: React.ReactNode }) {
  const user = await requirePageUser("/articles");
  return (
    <>
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <header className="topbar">
        <nav aria-label="Main">
          <Link href="/" className="brand">
            Claimdesk
          </Link>
          <Link href="/articles">Articles</Link>
          <Link href="/claims">Claims</Link>
          <Link href="/reports?status=VERIFIED">Reports</Link>
          {user.role !== "VIEWER" ? <Link href="/queue">My queue</Link> : null}
          <Link href="/conflicts">Conflicts</Link>
          <Link href="/entities">Entities</Link>
          <Link href="/orphans">Orphans</Link>
          <Link href="/activity">Activity</Link>
          {user.role !== "VIEWER" ? <Link href="/articles/new">Import</Link> : null}
          {user.role !== "VIEWER" ? <Link href="/imports">Bulk import</Link> : null}
          {user.role === "ADMIN" ? <Link href="/admin/users">Users</Link> : null}
          {user.role === "ADMIN" ? <Link href="/admin/tokens">API tokens</Link> : null}
          {user.role !== "VIEWER" ? <SavedViewsNav userId={user.id} /> : null}
        </nav>
        <div className="topbar-user">
          <span>
            {user.name} <span className="muted">({ROLE_LABELS[user.role]})</span>
          </span>
          <SignOutButton />
        </div>
      </header>
      <main className="page" id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
