import { expect, test as base, type Page, type Response } from "@playwright/test";

/** What Chromium says when the CSP blocks something or a header is malformed (console). */
const CSP_MESSAGE = /Content Security Policy|Refused to|Permissions-Policy header/i;

type Watch = { messages: string[] };

async function startWatching(page: Page, watch: Watch): Promise<void> {
  page.on("console", (message) => {
    if (CSP_MESSAGE.test(message.text())) watch.messages.push(`console.${message.type()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => watch.messages.push(`pageerror: ${error.message}`));
  // The DOM's own report too, in case a violation never reaches the console. Init scripts are
  // injected by the browser, not the page, so the CSP does not apply to this one.
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(`Refused by Content Security Policy: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
}

/**
 * `page` that fails the test on any CSP violation or page error. A test that provokes one on
 * purpose reads and clears `csp.messages`.
 */
export const test = base.extend<{ csp: Watch }>({
  csp: [
    async ({ page }, use) => {
      const watch: Watch = { messages: [] };
      await startWatching(page, watch);
      await use(watch);
      expect(watch.messages, "CSP violations or page errors").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** The headers every page must carry; `referrer` is what this page's URL calls for. */
export function expectSecurityHeaders(response: Response | null, referrer = "strict-origin-when-cross-origin"): void {
  expect(response, "a navigation response").not.toBeNull();
  const headers = response!.headers();
  const csp = headers["content-security-policy"] ?? "";
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'(;|$)/);
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
  for (const directive of ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'"]) {
    expect(csp).toContain(directive);
  }
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe(referrer);
  expect(headers["permissions-policy"]).toContain("camera=()");
  // The suite serves plain http: HSTS would pin the browser to an https port that is not there.
  expect(headers["strict-transport-security"]).toBeUndefined();
}

/**
 * Injects markup the way a stored XSS would (an inline event handler, no nonce); true if its
 * code ran. (A <script> element added through the DOM would not do: Chromium lets
 * 'strict-dynamic' trust scripts that are not parser-inserted, inline ones included.)
 */
export async function injectedHandlerRan(page: Page): Promise<boolean> {
  return page.evaluate(async () => {
    const holder = document.createElement("div");
    holder.innerHTML = `<img alt="" src="data:," onerror="window.__injected = true">`;
    document.body.append(holder);
    await new Promise((resolve) => setTimeout(resolve, 300));
    return (window as unknown as { __injected?: boolean }).__injected === true;
  });
}
