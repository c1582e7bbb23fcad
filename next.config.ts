import type { NextConfig } from "next";
import { baseSecurityHeaders } from "./lib/security/headers";

const appUrl = process.env.APP_URL || "http://localhost:3000";

const nextConfig: NextConfig = {
  // PGlite ships WASM and data files, argon2 a native binding: loaded from node_modules, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "pg", "pg-boss", "bcryptjs", "@node-rs/argon2", "nodemailer"],
  poweredByHeader: false,
  experimental: {
    // The proxy buffers a copy of every body (default up to 10 MB). It refuses bodies over 1 MB,
    // so 2 MB is enough to tell: past the cap the copy ends within one chunk (≤64 KB) of 2 MB.
    proxyClientMaxBodySize: "2mb",
  },
  // The proxy skips Next's build assets; they get the headers that suit a script or stylesheet.
  async headers() {
    const headers = Object.entries(baseSecurityHeaders(appUrl)).map(([key, value]) => ({ key, value }));
    return ["/_next/static/:path*", "/_next/image", "/favicon.ico"].map((source) => ({ source, headers }));
  },
};

export default nextConfig;
