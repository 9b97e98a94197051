// Sign out as a plain form POST to next-auth's own endpoint, with the CSRF token read from its
// cookie on the server: no next-auth client code in the page (about 11 kB of JavaScript on every
// desk page), and it works before the page has hydrated.
import { cookies } from "next/headers";

const CSRF_COOKIES = ["__Host-next-auth.csrf-token", "next-auth.csrf-token"];

export async function SignOutButton() {
  const jar = await cookies();
  const cookie = CSRF_COOKIES.map((name) => jar.get(name)?.value).find(Boolean);
  // The cookie holds "token|hash"; the form sends the token.
  const csrfToken = cookie?.split("|")[0] ?? "";
  return (
    <form method="post" action="/api/auth/signout" className="sign-out-form">
      <input type="hidden" name="csrfToken" value={csrfToken} />
      <input type="hidden" name="callbackUrl" value="/signin" />
      <button type="submit" className="button-link">
        Sign out
      </button>
    </form>
  );
}
