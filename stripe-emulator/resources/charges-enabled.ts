import type { Emulator } from "../core/emulator";
import { invalidRequest } from "../core/errors";
import { PLATFORM } from "../core/state";

/** A connected account that has not finished onboarding cannot take payments. */
export function assertChargesEnabled(em: Emulator, scopeKey: string): void {
  if (scopeKey === PLATFORM) return;
  const account = em.state.accounts[scopeKey];
  if (account && !account.charges_enabled) {
    throw invalidRequest(
      `The account ${scopeKey} cannot currently make charges: it has not completed onboarding (charges_enabled is false). Complete onboarding through an Account Link first.`,
      { code: "account_invalid" },
    );
  }
}
