const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Refuses a state-changing request that a browser sent from another site. Browsers always send Origin
 * (or at least Sec-Fetch-Site) on cross-origin POST, PUT, PATCH and DELETE; clients that send neither are
 * not browsers, and they carry no ambient cookies to abuse.
 */
export function isCrossSiteWrite(request: Request, trustedOrigins: readonly string[]): boolean {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return false;
  const origin = request.headers.get("origin");
  if (origin !== null) {
    if (origin === "null") return true;
    return !allowedOrigins(request, trustedOrigins).has(origin);
  }
  const fetchSite = request.headers.get("sec-fetch-site");
  return fetchSite !== null && fetchSite !== "same-origin" && fetchSite !== "none";
}

function allowedOrigins(request: Request, trustedOrigins: readonly string[]): Set<string> {
  const allowed = new Set(trustedOrigins.map((value) => new URL(value).origin));
  const host = request.headers.get("host");
  if (host) {
    const protocol = new URL(request.url).protocol;
    allowed.add(`${protocol}//${host}`);
  }
  return allowed;
}
