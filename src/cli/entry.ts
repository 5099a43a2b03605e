import { main } from "./main.js";

// Development entry (tsx): the published bin imports dist/cli/main.js instead.
await main(process.argv);
