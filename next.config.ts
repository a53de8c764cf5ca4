import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { LARGEST_BODY_LIMIT } from "./lib/api/body-limits";
import { STATIC_SECURITY_HEADERS } from "./lib/security/headers";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const staticHeaders = Object.entries(STATIC_SECURITY_HEADERS).map(([key, value]) => ({ key, value }));

const nextConfig: NextConfig = {
  // better-sqlite3 is a native addon: load it from node_modules at run time, never bundle it.
  serverExternalPackages: ["better-sqlite3"],
  poweredByHeader: false,
  experimental: {
    // Next.js copies a body for proxy.ts up to this size (10 MB by default) and cuts it there; see lib/api/body-limits.ts.
    proxyClientMaxBodySize: LARGEST_BODY_LIMIT + 1,
  },
  // The proxy does not run for the build's static files; they get the same headers here (lib/security/headers.ts).
  async headers() {
    return [
      { source: "/_next/static/:path*", headers: staticHeaders },
      { source: "/_next/image", headers: staticHeaders },
      { source: "/icon.svg", headers: staticHeaders },
    ];
  },
};

export default withNextIntl(nextConfig);
