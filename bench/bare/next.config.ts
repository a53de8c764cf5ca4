import path from "node:path";
import type { NextConfig } from "next";

// The floor: the framework with one server-rendered heading and no client code of its own,
// built from the product's node_modules (two folders up).
const nextConfig: NextConfig = {
  poweredByHeader: false,
  turbopack: { root: path.resolve(__dirname, "../..") },
};

export default nextConfig;
