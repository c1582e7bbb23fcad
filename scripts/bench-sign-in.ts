// Sign-in under a burst: 100 parallel wrong-password checks, as an attacker would send them,
// while a timer measures how long the event loop (every other page of the server) waits.
import { monitorEventLoopDelay } from "node:perf_hooks";
import bcrypt from "bcryptjs";
import { checkPassword, hashPassword } from "@/lib/auth/password";

const BURST = 100;

async function measure(label: string, stored: string): Promise<void> {
  const histogram = monitorEventLoopDelay({ resolution: 5 });
  histogram.enable();
  const t0 = performance.now();
  await Promise.all(Array.from({ length: BURST }, (_, i) => checkPassword(`wrong-${i}`, stored)));
  const total = performance.now() - t0;
  histogram.disable();
  const ms = (ns: number) => (ns / 1e6).toFixed(1);
  console.log(`  ${label.padEnd(22)} burst done in ${total.toFixed(0)} ms; event-loop delay p50 ${ms(histogram.percentile(50))} ms, p99 ${ms(histogram.percentile(99))} ms, max ${ms(histogram.max)} ms`);
}

export async function benchSignIn(): Promise<void> {
  console.log(`Sign-in: ${BURST} parallel wrong-password checks (event-loop delay = how long any other request waits)`);
  await measure("bcryptjs cost 10 (old)", await bcrypt.hash("demo-password", 10));
  await measure("argon2id (now)", await hashPassword("demo-password"));
}
