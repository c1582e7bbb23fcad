// Sign-in under a burst: 100 parallel wrong-password checks, as an attacker would send them,
// while a 10 ms timer stands for every other request: how long does it wait for its turn?
import bcrypt from "bcryptjs";
import { checkPassword, hashPassword } from "@/lib/auth/password";

const BURST = 100;
const TICK_MS = 10;

async function measure(label: string, stored: string): Promise<void> {
  const start = performance.now();
  let last = start;
  let firstTick: number | null = null;
  const gaps: number[] = [];
  const timer = setInterval(() => {
    const now = performance.now();
    firstTick ??= now - start;
    gaps.push(now - last);
    last = now;
  }, TICK_MS);
  await Promise.all(Array.from({ length: BURST }, (_, i) => checkPassword(`wrong-${i}`, stored)));
  const end = performance.now();
  clearInterval(timer);
  gaps.push(end - last); // a loop blocked to the end never ticked again
  const worst = Math.max(...gaps);
  const waited = firstTick as number | null; // set inside the timer callback, which TypeScript cannot see
  console.log(
    `  ${label.padEnd(22)} burst done in ${(end - start).toFixed(0)} ms; another request waited ${waited === null ? `the whole burst (${(end - start).toFixed(0)} ms)` : `${waited.toFixed(0)} ms`} for its first turn; longest stall ${worst.toFixed(0)} ms`,
  );
}

export async function benchSignIn(): Promise<void> {
  console.log(`Sign-in: ${BURST} parallel wrong-password checks while a ${TICK_MS} ms timer stands for other requests`);
  await measure("bcryptjs cost 10 (old)", await bcrypt.hash("demo-password", 10));
  await measure("argon2id (now)", await hashPassword("demo-password"));
}
