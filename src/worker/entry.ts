import { main } from "./main.js";

// Development entry (tsx); the published bin imports dist/worker/main.js for `codeguardian worker`.
await main(process.argv.slice(2));
