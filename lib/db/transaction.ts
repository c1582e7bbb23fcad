import type { PrismaClient } from "@/lib/generated/prisma/client";
import { isRetryableTransactionError } from "@/lib/errors/app-error";

export type TransactionClient = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

const ATTEMPTS = 5;

/**
 * Runs an interactive transaction, running it again when PostgreSQL aborts it as a deadlock
 * or serialization failure. Racing bookings can deadlock (row locks on the client and the
 * exclusion constraint's wait on another booking); the rolled-back attempt changed nothing, so
 * a retry is safe and reaches the true outcome (booked, or the slot is taken).
 */
export async function transactionWithRetry<T>(prisma: PrismaClient, work: (tx: TransactionClient) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      // PGlite serialises transactions on one connection; under a burst they queue.
      return await prisma.$transaction(work, { maxWait: 60_000, timeout: 30_000 });
    } catch (error) {
      if (attempt >= ATTEMPTS || !isRetryableTransactionError(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
    }
  }
}
