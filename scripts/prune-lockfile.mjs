// The package registry reachable from our machines lacks some platform builds (e.g. macOS or
// Android binaries of native packages) that npm records as optional dependencies. `npm install`
// skips them, but `npm ci` then calls the lockfile out of sync. After changing dependencies,
// run `node scripts/prune-lockfile.mjs` to drop optional entries that have no locked package.
import fs from "node:fs";

const file = new URL("../package-lock.json", import.meta.url);
const lock = JSON.parse(fs.readFileSync(file, "utf8"));
const locked = new Set(Object.keys(lock.packages).map((key) => key.replace(/^.*node_modules\//, "")));
let pruned = 0;
for (const entry of Object.values(lock.packages)) {
  if (!entry.optionalDependencies) continue;
  for (const name of Object.keys(entry.optionalDependencies)) {
    if (!locked.has(name)) {
      delete entry.optionalDependencies[name];
      pruned++;
    }
  }
  if (Object.keys(entry.optionalDependencies).length === 0) delete entry.optionalDependencies;
}
fs.writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`Pruned ${pruned} optional dependencies that no locked package provides.`);
