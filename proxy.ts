import { NextResponse, type NextRequest } from "next/server";
import { STATIC_SECURITY_HEADERS, contentSecurityPolicy } from "@/lib/http/security-headers";

/**
 * Sets a per-request CSP nonce and the security headers. This is not an authorization boundary: every
 * route handler and page checks the caller itself (lib/http/with-route.ts, lib/auth/current-actor.ts).
 */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  // Next.js reads the nonce for its own scripts from the request's CSP header.
  requestHeaders.set("Content-Security-Policy", csp);

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of Object.entries(STATIC_SECURITY_HEADERS)) response.headers.set(name, value);
  return response;
}

// API routes bypass the proxy: every one of them is built by withRoute, which sets the security headers itself
// (applyApiSecurityHeaders in lib/http/security-headers.ts), and skipping the proxy takes about a third off the cost of a
// small API request (measured with `npm run bench:api`). It also keeps evidence uploads whole: Next.js clones and
// buffers in memory every request body the proxy sees, and silently cuts it at 10 MB. next-auth's own endpoints
// (/api/auth/…) are not built by withRoute, so they still go through the proxy.
export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|api/(?!auth/)).*)" }],
};
