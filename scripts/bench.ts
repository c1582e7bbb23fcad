// npm run bench — availability figures (the engine alone, then a full search with its queries), sign-in under a burst, charging balances from two worker processes, and the loyalty dashboard at 1,000 and 100,000 sessions.
import { benchEngine } from "./bench-availability-engine";
import { benchWithDatabase } from "./bench-availability-db";
import { benchSignIn } from "./bench-sign-in";
import { benchCharges } from "./bench-charges";
import { benchLoyalty } from "./bench-loyalty";

console.log("Availability: all bookable starts for 'any therapist' over 28 days, 15-minute step\n");
benchEngine();
console.log("");
await benchWithDatabase();
console.log("");
await benchSignIn();
console.log("");
await benchCharges();
console.log("");
await benchLoyalty();
