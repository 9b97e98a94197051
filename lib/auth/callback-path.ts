/** Only same-site paths: a crafted ?callbackUrl=https://evil.example must not redirect off the desk. */
export function safeCallbackPath(value: string | undefined): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return "/articles";
  return value;
}
