import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { LARGEST_BODY_LIMIT } from "./lib/api/body-limits";
import { HANDOFF_HEADER, SENDER_PATH } from "./lib/page-cache/handoff";
import { API_POLICY, STATIC_SECURITY_HEADERS } from "./lib/security/headers";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const staticHeaders = Object.entries(STATIC_SECURITY_HEADERS).map(([key, value]) => ({ key, value }));

const nextConfig: NextConfig = {
  // better-sqlite3 is a native addon: load it from node_modules at run time, never bundle it.
  // subset-font loads its HarfBuzz wasm by path at run time: bundled, that path becomes a module id.
  serverExternalPackages: ["better-sqlite3", "subset-font", "harfbuzzjs"],
  poweredByHeader: false,
  experimental: {
    // Should the proxy ever see a body, Next.js copies it up to this size (10 MB by default) and cuts
    // it there: one byte over the largest cap keeps an over-long body over its cap (lib/api/body-limits.ts).
    proxyClientMaxBodySize: LARGEST_BODY_LIMIT + 1,
  },
  // A page view the proxy answers from the page cache goes to the route that writes stored pages
  // precompressed (lib/page-cache/handoff.ts); the proxy removes this header from every other request.
  async rewrites() {
    return { beforeFiles: [{ source: "/:path*", has: [{ type: "header", key: HANDOFF_HEADER }], destination: SENDER_PATH }], afterFiles: [], fallback: [] };
  },
  // The proxy sets these (and a page's CSP nonce) on what it sees; the build's static files and
  // requests with a body skip the proxy and get them here, from the same lib/security/headers.ts.
  async headers() {
    return [
      { source: "/:path*", headers: staticHeaders },
      { source: "/api/:path*", headers: [{ key: "content-security-policy", value: API_POLICY }] },
      // The interface font files are named by their content (scripts/fonts/interface-font.ts).
      { source: "/fonts/:file*", headers: [{ key: "cache-control", value: "public, max-age=31536000, immutable" }] },
    ];
  },
};

export default withNextIntl(nextConfig);
