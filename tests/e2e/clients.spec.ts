import { expect, test, type Locator, type Page } from "@playwright/test";
import { signInAsStaff, signOut } from "./support/auth";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { shot } from "./support/screenshots";

// The client list and the client page: the owner finds a demo client by a piece of their email,
// sorts by lifetime spend, opens their page and sees their visits, check-ins and preferences; a
// therapist sees only the clients booked with them, without money, and another therapist's
// client is not found. A table on wider screens, cards on a phone (both are checked here).

const narrow = (page: Page) => (page.viewportSize()?.width ?? 1280) < 768;

/** The visible client entries: table rows on wider screens, cards on a phone. */
function clientEntries(page: Page): Locator {
  return narrow(page) ? page.getByTestId("client-cards").getByRole("listitem").filter({ has: page.getByRole("link") }) : page.getByTestId("client-table").locator("tbody tr");
}

async function clientLinks(page: Page): Promise<string[]> {
  await expect(clientEntries(page).first()).toBeVisible();
  const links = clientEntries(page).getByRole("link");
  return links.evaluateAll((els) => els.map((el) => (el as HTMLAnchorElement).pathname));
}

/** Every client link of the list, page after page. */
async function allClientLinks(page: Page, start: string): Promise<string[]> {
  const all: string[] = [];
  for (let n = 1; ; n++) {
    await page.goto(`${start}&page=${n}`);
    all.push(...(await clientLinks(page)));
    if ((await page.getByRole("navigation", { name: "Pages of clients" }).getByRole("link", { name: /Next/ }).count()) === 0) return all;
  }
}

test("the owner finds a client by part of their email, sorts by lifetime spend and opens their page", async ({ page }, testInfo) => {
  await signInAsStaff(page, "owner@serenity.test");
  await page.getByRole("navigation", { name: "Staff area" }).getByRole("link", { name: "Clients" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Clients" })).toBeVisible();
  await expect(page.getByText(/^1–50 of \d+ clients · page 1 of \d+$/)).toBeVisible();

  // The happiest client of the demo (a regular, with check-ins and preferences): read their email, find them by a piece of it.
  await page.getByRole("link", { name: /^Satisfaction/ }).click();
  await expect(page).toHaveURL(/sort=satisfaction/);
  const top = clientEntries(page).first();
  const name = (await top.getByRole("link").first().innerText()).trim();
  const email = (await top.getByText(/@example\.com$/).innerText()).trim();
  const piece = email.slice(0, email.indexOf("@") - 1);
  await page.getByLabel("Search by name, email or phone").fill(piece);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/q=/);
  await expect(page.getByLabel("Search by name, email or phone")).toHaveValue(piece);
  await expect(clientEntries(page).first().getByRole("link", { name })).toBeVisible();

  // Sorted by lifetime spend, biggest first, then the other way: the search stays.
  await page.getByRole("link", { name: /^Lifetime spend/ }).click();
  await expect(page).toHaveURL(/sort=spend/);
  await expect(page).toHaveURL(/q=/);
  if (!narrow(page)) await expect(page.getByRole("columnheader", { name: /Lifetime spend/ })).toHaveAttribute("aria-sort", "descending");
  await page.getByRole("link", { name: /^Lifetime spend/ }).click();
  await expect(page).toHaveURL(/dir=asc/);
  await expect(clientEntries(page).getByRole("link", { name })).toBeVisible();
  await shot(page, testInfo, "clients-01-search");
  await expectNoSeriousA11yViolations(page);

  await clientEntries(page).first().getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  const figures = page.getByTestId("client-figures");
  await expect(figures).toContainText("Lifetime spend");
  await expect(figures).toContainText(/Visits\s*\d+/);
  await expect(page.getByRole("region", { name: "Sessions", exact: true }).getByRole("listitem").first()).toBeVisible();
  await expect(page.getByRole("region", { name: "Check-ins", exact: true }).getByText(/\d\/5/).first()).toBeVisible();
  await expect(page.getByRole("region", { name: "What they want", exact: true })).toContainText("Pressure");
  await expect(page.getByRole("region", { name: "Health notes (staff only)", exact: true })).toBeVisible();
  await expect(page.getByRole("region", { name: "Payments", exact: true }).getByTestId("payment-ledger")).toBeVisible();
  await shot(page, testInfo, "clients-02-client-page");
  await expectNoSeriousA11yViolations(page);

  // From a session to its brief, and back through the client's name.
  await page.getByRole("region", { name: "Sessions", exact: true }).getByRole("link").first().click();
  await expect(page).toHaveURL(/\/staff\/serenity\/bookings\//);
  await page.getByRole("region", { name: "Who", exact: true }).getByRole("link", { name: /\S/ }).first().click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();

  // On a phone: cards instead of the table.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/staff/serenity/clients?sort=spend");
  await expect(page.getByTestId("client-cards")).toBeVisible();
  await expect(page.getByTestId("client-table")).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Sort clients" }).getByRole("link", { name: /^Lifetime spend/ })).toHaveAttribute("aria-current", "true");
  await page.goto(`/staff/serenity/clients?sort=spend&q=${encodeURIComponent(name.slice(0, 3))}`);
  await expect(clientEntries(page).getByRole("link", { name })).toBeVisible();
  await shot(page, testInfo, "clients-03-phone");
  await expectNoSeriousA11yViolations(page);

  await page.goto("/staff/serenity/clients?q=nobody-is-called-this");
  await expect(page.getByText("No client matches “nobody-is-called-this”.")).toBeVisible();
});

test("a therapist sees only the clients booked with them, without their spend; another salon's client is not found", async ({ page }) => {
  await signInAsStaff(page, "owner@harbor.test");
  await page.goto("/staff/harbor/clients");
  const harborClient = (await clientLinks(page))[0]!;
  expect(harborClient).toMatch(/^\/staff\/harbor\/clients\/[0-9a-f-]{36}$/);
  await signOut(page);

  await signInAsStaff(page, "owner@serenity.test");
  const everyone = await allClientLinks(page, "/staff/serenity/clients?sort=name");
  expect((await page.goto(harborClient.replace("/harbor/", "/serenity/")))?.status()).toBe(404);
  await signOut(page);

  await signInAsStaff(page, "maya@serenity.test");
  await page.getByRole("navigation", { name: "Staff area" }).getByRole("link", { name: "Clients" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Clients" })).toBeVisible();
  await expect(page.getByText("The clients who have booked a session with you")).toBeVisible();
  await expect(page.getByRole("link", { name: /^Lifetime spend/ })).toHaveCount(0);
  const hers = await allClientLinks(page, "/staff/serenity/clients?sort=name");
  expect(hers.length).toBeGreaterThan(0);
  expect(hers.length).toBeLessThan(everyone.length);
  expect(hers.every((href) => everyone.includes(href))).toBe(true);

  // Her client opens, with no money on it; a colleague's client is not found.
  await page.goto(hers[0]!);
  await expect(page.getByTestId("client-figures")).toBeVisible();
  await expect(page.getByTestId("client-figures")).not.toContainText("Lifetime spend");
  await expect(page.getByRole("region", { name: "Payments", exact: true })).toHaveCount(0);
  const colleagues = everyone.find((href) => !hers.includes(href))!;
  const response = await page.goto(colleagues);
  expect(response?.status()).toBe(404);
  expect((await page.goto(harborClient.replace("/harbor/", "/serenity/")))?.status()).toBe(404);
});
