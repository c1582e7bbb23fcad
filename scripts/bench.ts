// npm run bench — availability figures: the engine alone, then a full search with its queries.
import { benchEngine } from "./bench-availability-engine";
import { benchWithDatabase } from "./bench-availability-db";

console.log("Availability: all bookable starts for 'any therapist' over 28 days, 15-minute step\n");
benchEngine();
console.log("");
await benchWithDatabase();
