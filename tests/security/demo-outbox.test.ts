import { afterEach, describe, expect, it, vi } from "vitest";
import { outboxPagesEnabled, unsafeDemoOutbox } from "@/lib/mail/outbox";
import { resetEnvCache } from "@/lib/env";
import { authOptions } from "@/lib/auth/options";

// Demo conveniences stay out of production; redirects after sign-in never leave our origin.

function withEnv(vars: Record<string, string | undefined>) {
  for (const [name, value] of Object.entries(vars)) vi.stubEnv(name, value);
  resetEnvCache();
}

afterEach(() => {
  vi.unstubAllEnvs();
  resetEnvCache();
});

describe("the outbox pages", () => {
  it("a production server does not show sign-in links, even with the old OUTBOX_UI=1", () => {
    withEnv({ NODE_ENV: "production", OUTBOX_UI: "1", UNSAFE_DEMO_OUTBOX: undefined, SMTP_URL: undefined });
    expect(outboxPagesEnabled()).toBe(false);
    expect(unsafeDemoOutbox()).toBe(false);
  });

  it("only the loudly named demo mode shows them in production, and it says so", () => {
    withEnv({ NODE_ENV: "production", UNSAFE_DEMO_OUTBOX: "1", SMTP_URL: undefined });
    expect(outboxPagesEnabled()).toBe(true);
    expect(unsafeDemoOutbox()).toBe(true);
  });

  it("with real email configured there is no outbox to show, whatever the mode", () => {
    withEnv({ NODE_ENV: "development", UNSAFE_DEMO_OUTBOX: "1", SMTP_URL: "smtp://mail.example.com:587" });
    expect(outboxPagesEnabled()).toBe(false);
    expect(unsafeDemoOutbox()).toBe(false);
  });

  it("development keeps them", () => {
    withEnv({ NODE_ENV: "development", SMTP_URL: undefined });
    expect(outboxPagesEnabled()).toBe(true);
  });
});

describe("session cookies", () => {
  it("are Secure whenever APP_URL is https, and not on plain http (where browsers would drop them)", () => {
    withEnv({ APP_URL: "https://book.example.com" });
    expect(authOptions().useSecureCookies).toBe(true);
    withEnv({ APP_URL: "http://localhost:3000" });
    expect(authOptions().useSecureCookies).toBe(false);
  });
});

describe("next-auth's redirects", () => {
  it.each(["/\\evil.example/phish", "/\t/evil.example", "https://evil.example/", "//evil.example", "javascript:alert(1)"])(
    "after sign-in %j lands on our own origin",
    async (url) => {
      withEnv({ APP_URL: "http://localhost:3000" });
      const target = await authOptions().callbacks!.redirect!({ url, baseUrl: "http://localhost:3000" });
      expect(new URL(target).origin).toBe("http://localhost:3000");
    },
  );
});
