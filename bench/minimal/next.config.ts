import path from "node:path";
import type { NextConfig } from "next";

// The yardstick app: built from the product's node_modules (two folders up), nothing of its own.
const nextConfig: NextConfig = {
  serverExternalPackages: ["better-sqlite3"],
  poweredByHeader: false,
  turbopack: { root: path.resolve(__dirname, "../..") },
};

export default nextConfig;
