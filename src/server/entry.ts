import { main } from "./main.js";

// Development entry (tsx); the published bin imports dist/server/main.js for `codeguardian serve`.
await main(process.argv.slice(2));
