// npm run bench — availability figures (the engine alone, then a full search with its queries) and sign-in under a burst.
import { benchEngine } from "./bench-availability-engine";
import { benchWithDatabase } from "./bench-availability-db";
import { benchSignIn } from "./bench-sign-in";

console.log("Availability: all bookable starts for 'any therapist' over 28 days, 15-minute step\n");
benchEngine();
console.log("");
await benchWithDatabase();
console.log("");
await benchSignIn();
