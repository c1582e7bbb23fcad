import type { BalanceStatus } from "@/lib/generated/prisma/enums";

// What each balance state means, in the staff area's words.
export const BALANCE_STATUS_LABELS: Record<BalanceStatus, string> = {
  NOT_DUE: "Not due yet",
  IN_REVIEW: "In review window",
  PROCESSING: "Charging",
  PAID: "Paid",
  CONCERN: "Concern raised",
  ACTION_REQUIRED: "Client must confirm",
  RETRY_SCHEDULED: "Declined, retry scheduled",
  OWED: "Owed",
  WAIVED: "Waived",
};
