// npm run bench — availability figures (the engine alone, then a full search with its queries), sign-in under a burst, and charging balances from two worker processes.
import { benchEngine } from "./bench-availability-engine";
import { benchWithDatabase } from "./bench-availability-db";
import { benchSignIn } from "./bench-sign-in";
import { benchCharges } from "./bench-charges";

console.log("Availability: all bookable starts for 'any therapist' over 28 days, 15-minute step\n");
benchEngine();
console.log("");
await benchWithDatabase();
console.log("");
await benchSignIn();
console.log("");
await benchCharges();
