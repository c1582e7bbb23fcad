import type { Metadata, Viewport } from "next";
import "./globals.css";
import { UnsafeDemoBanner } from "@/components/ui/unsafe-demo-banner";

export const metadata: Metadata = {
  title: { default: "Stillwater", template: "%s · Stillwater" },
  description: "Book massage and spa sessions. Pay after you enjoyed it.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#305a4e" };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-dvh">
        <UnsafeDemoBanner />
        {children}
      </body>
    </html>
  );
}
