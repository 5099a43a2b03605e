import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";

// Every test file gets its own data directory, so no test reads or writes the
// user's history (docs/storage.md) and no two files share one.
const dataHome = mkdtempSync(join(tmpdir(), "cg-data-home-"));
process.env.XDG_DATA_HOME = dataHome;
afterAll(() => rmSync(dataHome, { recursive: true, force: true }));
