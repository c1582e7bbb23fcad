import { expect, test } from "@playwright/test";
import { bookThroughPublicFlow, confirmBooking, openReview, uniqueClient } from "./support/booking";
import { signInAsStaff, signOut } from "./support/auth";
import { resetServerTime, setServerTime } from "./support/clock";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { linkIn, waitForMail } from "./support/outbox";
import { whenHydrated } from "./support/hydration";
import { shot } from "./support/screenshots";

// Know the destination, then listen: on a phone, the client states how they want the session
// right after booking (and can change it from the email's link); the pages pass axe. The loop
// runs on Maya's calendar: the accounts spec counts Ana's sessions while changing her password.

test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name !== "phone", "the client's side is a phone journey");
});
test.afterEach(async () => {
  await resetServerTime();
});

test("after booking, the client says how they want the session; the email's link opens the same form", async ({ page }, testInfo) => {
  const client = uniqueClient(testInfo, "prefs-journey");
  await openReview(page, testInfo, { service: "Swedish massage", therapist: "Leo Park" }, client, "prefs");
  await expectNoSeriousA11yViolations(page);
  await confirmBooking(page);
  const invitation = page.getByRole("region", { name: "How would you like your session?" });
  await expect(invitation).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await invitation.getByRole("link", { name: "Tell us your preferences" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "How would you like your session?" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  const form = page.getByRole("form", { name: "Your session preferences" });
  await whenHydrated(form.getByRole("button", { name: "Save my preferences" }));
  // Saving without a goal is refused, and says why.
  await form.getByRole("button", { name: "Save my preferences" }).click();
  await expect(form.getByRole("alert")).toContainText("Please check the highlighted fields");
  await expect(form.getByRole("group", { name: "I come for" })).toContainText("Please choose what you come for");

  await form.getByRole("group", { name: "I come for" }).getByLabel("Relief from pain").check();
  await form.getByLabel("Where does it hurt? (for relief from pain)").fill("lower back");
  await form.getByLabel("How strong, from 0 to 10?").fill("6");
  await form.getByRole("group", { name: "Sounds" }).getByLabel("Natural sounds").check();
  await form.getByRole("group", { name: "Talking during the session" }).getByLabel("Quiet, please").check();
  await form.getByRole("group", { name: "Pressure" }).getByLabel("Medium").check();
  // The body-region picker works by keyboard: focus a box, Space ticks it.
  await form.getByRole("group", { name: "Areas to focus on" }).getByLabel("Lower back").focus();
  await page.keyboard.press("Space");
  await form.getByRole("group", { name: "Areas to avoid" }).getByLabel("Feet").check();
  await form.getByLabel("Anything your therapist must know? (optional)").fill("Recovering from a herniated disc");
  await form.getByLabel(/I agree that this salon's therapists/).check();
  await shot(page, testInfo, "prefs-07-form");
  await form.getByRole("button", { name: "Save my preferences" }).click();

  await expect(page.getByTestId("preferences-saved")).toBeVisible();
  const summary = page.getByRole("region", { name: "Your preferences for this session" });
  await expect(summary).toContainText("Relief from pain");
  await expect(summary).toContainText("lower back, 6/10");
  await expect(summary).toContainText("Quiet, please");
  await expect(summary).toContainText("Shared with the salon's staff");
  await shot(page, testInfo, "prefs-08-saved");

  // The confirmation email links to the same form, which shows what was saved; no health notes in the email.
  const mail = await waitForMail(client.email, /^Booking confirmed/);
  expect(mail.text + mail.html).not.toContain("herniated");
  await page.goto(linkIn(mail, /^\/s\/serenity\/bookings\/[0-9a-f-]{36}\/preferences$/));
  await expect(form.getByRole("group", { name: "Pressure" }).getByLabel("Medium")).toBeChecked();
  await expect(form.getByRole("group", { name: "Areas to focus on" }).getByLabel("Lower back")).toBeChecked();
  await expect(form.getByLabel("Anything your therapist must know? (optional)")).toHaveValue("Recovering from a herniated disc");
});

test("the loop: preferences → the therapist's brief and note → completed → check-in 'firmer pressure, use next time' → the next brief shows it", async ({ page, context }, testInfo) => {
  const client = uniqueClient(testInfo, "loop");
  await bookThroughPublicFlow(page, testInfo, { service: "Swedish massage", therapist: "Maya Chen" }, client, "loop");
  const id = /\/bookings\/([0-9a-f-]{36})/.exec(page.url())![1]!;
  const startsAt = new Date((await page.locator("time[datetime]").first().getAttribute("datetime"))!);
  await page.getByRole("link", { name: "Tell us your preferences" }).click();
  const form = page.getByRole("form", { name: "Your session preferences" });
  await whenHydrated(form.getByRole("button", { name: "Save my preferences" }));
  await form.getByRole("group", { name: "I come for" }).getByLabel("Relaxation").check();
  await form.getByRole("group", { name: "Pressure" }).getByLabel("Medium").check();
  await form.getByRole("group", { name: "Scent" }).getByLabel("Lavender").check();
  await form.getByRole("button", { name: "Save my preferences" }).click();
  await expect(page.getByTestId("preferences-saved")).toBeVisible();

  // The therapist reads the brief, adds a note, and after the session marks it completed.
  await setServerTime(new Date(startsAt.getTime() + 90 * 60_000));
  await signInAsStaff(page, "maya@serenity.test");
  await expectNoSeriousA11yViolations(page); // the calendar
  await page.goto(`/staff/serenity/bookings/${id}`);
  await expect(page.getByTestId("brief-preferences")).toContainText("Relaxation");
  await expect(page.getByTestId("brief-preferences")).toContainText("Medium");
  await expect(page.getByTestId("brief-preferences")).toContainText("Lavender");
  await expectNoSeriousA11yViolations(page);
  await shot(page, testInfo, "loop-10-brief");
  const notes = page.getByRole("region", { name: "Treatment notes" });
  await notes.getByLabel("Add a treatment note").fill("Tight shoulders; kept to medium as asked.");
  await (await whenHydrated(notes.getByRole("button", { name: "Add note" }))).click();
  await expect(notes.getByRole("listitem").filter({ hasText: "Tight shoulders" })).toBeVisible();
  await (await whenHydrated(page.getByRole("button", { name: "Mark completed" }))).click();
  await expect(page.getByTestId("balance-status")).toHaveText("In review window");
  await signOut(page);
  await context.clearCookies();

  // The receipt email leads to the check-in; the client asks for firmer pressure next time.
  const receipt = await waitForMail(client.email, /^Your receipt from Serenity Spa/);
  const checkInLink = linkIn(receipt, /^\/s\/serenity\/bookings\/[0-9a-f-]{36}\/check-in$/);
  await page.goto(checkInLink);
  await expect(page.getByRole("heading", { level: 1, name: "How was your session?" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  const checkIn = page.getByRole("form", { name: "Check-in" });
  await whenHydrated(checkIn.getByRole("button", { name: "Send my check-in" }));
  await checkIn.getByRole("group", { name: "How satisfied are you with your session?" }).getByLabel("4 · Very good").check();
  await checkIn.getByRole("group", { name: /Did we reach your goal/ }).getByLabel("Partly").check();
  await checkIn.getByLabel("Firmer pressure", { exact: true }).check();
  await checkIn.getByLabel("Use “Firmer pressure” next time").check();
  await checkIn.getByLabel("Anything else for next time? (optional)").fill("More time on the neck, please.");
  await shot(page, testInfo, "loop-11-check-in");
  await checkIn.getByRole("button", { name: "Send my check-in" }).click();
  await expect(page.getByTestId("check-in-sent")).toContainText("We've updated your preferences");
  // The link opens this session's check-in once.
  await page.goto(checkInLink);
  await expect(page.getByRole("status").filter({ hasText: "You have already told us how this session went" })).toBeVisible();

  // The next booking's brief starts from the new preferences and shows what they asked for.
  await bookThroughPublicFlow(page, testInfo, { service: "Swedish massage", therapist: "Maya Chen" }, client, "loop-next");
  const nextId = /\/bookings\/([0-9a-f-]{36})/.exec(page.url())![1]!;
  await signInAsStaff(page, "maya@serenity.test");
  await page.goto(`/staff/serenity/bookings/${nextId}`);
  await expect(page.getByTestId("brief-preferences")).toContainText("Firm");
  const last = page.getByTestId("last-check-in");
  await expect(last).toContainText("4/5");
  await expect(last).toContainText("Firmer pressure · kept for next time");
  await expect(last).toContainText("More time on the neck, please.");
  await expect(page.getByRole("region", { name: "Treatment notes" })).toContainText("Tight shoulders; kept to medium as asked.");
  await shot(page, testInfo, "loop-12-next-brief");
  await signOut(page);
});
