/** The Content-Security-Policy for a page rendered with this nonce. */
export function contentSecurityPolicy(nonce: string, development: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    // React writes style attributes; inline styles cannot run code, so allowing them is a small cost.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export const STATIC_SECURITY_HEADERS: Record<string, string> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "X-Frame-Options": "DENY",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=()",
  "Cross-Origin-Opener-Policy": "same-origin",
};

/**
 * API responses carry no HTML and run no script, so their policy forbids everything; framing is refused too.
 * A route that needs another policy (a download's sandbox) sets its own, which is kept.
 */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

/** Adds the security headers to an API response (route handlers bypass proxy.ts), keeping any the route set itself. */
export function applyApiSecurityHeaders(headers: Headers): void {
  if (!headers.has("content-security-policy")) headers.set("content-security-policy", API_CONTENT_SECURITY_POLICY);
  for (const [name, value] of Object.entries(STATIC_SECURITY_HEADERS)) if (!headers.has(name)) headers.set(name, value);
}
