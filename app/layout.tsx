import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import "./globals.css";
import { UnsafeDemoBanner } from "@/components/ui/unsafe-demo-banner";

export const metadata: Metadata = {
  title: { default: "Stillwater", template: "%s · Stillwater" },
  description: "Book massage and spa sessions. Pay after you enjoyed it.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#305a4e" };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Rendered per request, never prerendered: Next can only put the CSP nonce (proxy.ts) on the
  // scripts of a page it renders for that request, and a prerendered page's scripts would be blocked.
  await connection();
  return (
    <html lang="en">
      <body className="min-h-dvh">
        <UnsafeDemoBanner />
        {children}
      </body>
    </html>
  );
}
