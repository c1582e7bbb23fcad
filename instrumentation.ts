// Runs once when a server instance starts.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  if (process.env.CLOCK_OFFSET_FILE) {
    const [{ setClock }, { offsetClockFromFile }] = await Promise.all([import("@/lib/time/clock"), import("@/lib/time/offset-clock")]);
    setClock(offsetClockFromFile(process.env.CLOCK_OFFSET_FILE));
    console.warn(`[stillwater] Test clock: real time plus the offset in ${process.env.CLOCK_OFFSET_FILE} (browser suite only)`);
  }
  // The local Stripe first: jobs due at start-up (a balance charge, say) call it at once.
  const { startLocalStripe } = await import("@/lib/payments/local-stripe");
  await startLocalStripe();
  const { startWorkersInApp } = await import("@/lib/jobs/start-in-app");
  await startWorkersInApp();
  const { unsafeDemoOutbox } = await import("@/lib/mail/outbox");
  if (unsafeDemoOutbox()) {
    console.warn(
      "\n[stillwater] UNSAFE DEMO MODE: UNSAFE_DEMO_OUTBOX=1 shows every email, sign-in links included, at /dev/outbox." +
        "\n[stillwater] Anyone who can reach this server can sign in as any client. Never use it with real people's data.\n",
    );
  }
  if (process.env.OUTBOX_UI) console.warn("[stillwater] OUTBOX_UI is no longer read; the outbox pages need UNSAFE_DEMO_OUTBOX=1 in production.");
}
