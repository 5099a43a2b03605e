import { execFileSync, spawn } from "node:child_process";
import {
  existsSync,
  lstatSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cli } from "../support/cli-harness.js";
import { EXTERNAL_TOOLS_OFF, operatorHome } from "./hostile-support.js";

/**
 * The CLI's own arguments and output files: text meant as a target cannot
 * become an option, and a place the report cannot be written to is named as
 * an operator's problem (exit 2), never an internal error, with no partial
 * file left behind.
 */

const FIXABLE = "import yaml\n\n\ndef load(s):\n    return yaml.load(s)\n";
const SMUGGLED = "-oProxyCommand=touch pwned:x";

// External analysers off, for speed; each case makes its own files beside the repository.
const home = operatorHome("cg-hostile-cli-", EXTERNAL_TOOLS_OFF);
let repo: string;
beforeAll(() => {
  repo = home.repo({ "app.py": FIXABLE });
});

/** Files in a directory other than the fixture's own. */
function newFiles(dir: string): string[] {
  return readdirSync(dir).filter((name) => name !== ".git" && name !== "app.py");
}

describe("3.5: option text smuggled in as a target", () => {
  it("3.5: '-oProxyCommand=…' is refused as a glued option value, reviews nothing and writes no file", async () => {
    const smuggled = await cli(["review", SMUGGLED, "--no-store"], repo);
    expect(smuggled.code).toBe(2);
    expect(smuggled.stderr).toContain(`"${SMUGGLED}" reads as the option -o with a value glued on`);
    expect(smuggled.stderr).toContain('after "--"');
    expect(smuggled.stdout).toBe("");
    expect(newFiles(repo)).toEqual([]);
    // Control: the same value given as the option's own argument is the operator's choice.
    const meant = await cli(["review", "-o", "report.json", "-f", "json", "--no-store"], repo);
    expect(meant.code).toBe(1);
    expect(JSON.parse(readFileSync(join(repo, "report.json"), "utf8"))).toHaveProperty("findings");
    rmSync(join(repo, "report.json"));
  });

  it("3.5: after '--' the same text is a target, refused as one, with no file written", async () => {
    const result = await cli(["review", "--no-store", "--", SMUGGLED], repo);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`codeguardian: ${SMUGGLED}: no such file or directory`);
    expect(result.stderr).not.toContain("internal error");
    expect(result.stdout).toBe("");
    expect(newFiles(repo)).toEqual([]);
  });

  it("3.5: an option's own value may start with '-' (it is skipped, not read as a glued option)", async () => {
    const result = await cli(["review", "--no-store", "-f", "json", "-o", "-odd.json"], repo);
    expect(result.code).toBe(1);
    expect(newFiles(repo)).toEqual(["-odd.json"]);
    rmSync(join(repo, "-odd.json"));
  });
});

describe("8.8: -o /dev/full", () => {
  it.runIf(existsSync("/dev/full"))(
    "8.8: a full device is an output error naming the path (exit 2), not an internal error",
    async () => {
      const result = await cli(["review", "--no-store", "-f", "json", "-o", "/dev/full"], repo);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(
        "could not write the json report to /dev/full: no space left on the device (ENOSPC)",
      );
      expect(result.stderr).not.toContain("internal error");
      // Control: a writable place gets the report and the findings exit code.
      const out = join(home.dir, "ok.json");
      const ok = await cli(["review", "--no-store", "-f", "json", "-o", out], repo);
      expect(ok.code).toBe(1);
      expect(JSON.parse(readFileSync(out, "utf8"))).toHaveProperty("findings");
    },
  );

  it.runIf(existsSync("/dev/full"))("8.8: --patch /dev/full is the same output error", async () => {
    const result = await cli(["review", "--no-store", "-f", "json", "--patch", "/dev/full"], repo);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      "could not write the patch to /dev/full: no space left on the device (ENOSPC)",
    );
  });

  it("8.8: a FIFO named by -o is written in place, not replaced by a file", async () => {
    const fifo = join(home.dir, "report.fifo");
    execFileSync("mkfifo", [fifo]);
    const reader = spawn("cat", [fifo], { stdio: ["ignore", "pipe", "inherit"] });
    let read = "";
    reader.stdout.on("data", (chunk: Buffer) => (read += chunk.toString("utf8")));
    const closed = new Promise((resolve) => reader.on("close", resolve));
    const result = await cli(["review", "--no-store", "-f", "json", "-o", fifo], repo);
    await closed;
    expect(result.code).toBe(1);
    expect(JSON.parse(read)).toHaveProperty("findings");
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it("8.8: --out naming a directory for one format says so (EISDIR, exit 2)", async () => {
    const dir = mkdtempSync(join(home.dir, "out-dir-"));
    const result = await cli(["review", "--no-store", "-f", "json", "-o", dir], repo);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`could not write the json report to ${dir}: it is a directory (EISDIR)`);
    expect(result.stderr).toContain("with several, a directory");
  });
});

/** Mounts a small tmpfs (root only); undefined where that is not possible. */
function smallTmpfs(options: string): string | undefined {
  const dir = mkdtempSync(join(tmpdir(), "cg-hostile-tmpfs-"));
  try {
    execFileSync("mount", ["-t", "tmpfs", "-o", options, "tmpfs", dir], { stdio: "ignore" });
    return dir;
  } catch {
    rmSync(dir, { recursive: true, force: true });
    return undefined;
  }
}

function unmount(dir: string | undefined): void {
  if (dir === undefined) return;
  execFileSync("umount", [dir]);
  rmSync(dir, { recursive: true, force: true });
}

describe("5.9: a disk that fills up while the report is written", () => {
  const full = smallTmpfs("size=1m");
  const readOnly = smallTmpfs("ro,size=64k");
  afterAll(() => {
    unmount(full);
    unmount(readOnly);
  });

  it.runIf(full !== undefined)(
    "5.9: ENOSPC on -o leaves no 0-byte or partial report and keeps the previous one whole",
    async () => {
      const mount = full ?? "";
      const reports = join(mount, "reports");
      // Control: with room, both reports are written whole.
      const roomy = await cli(["review", "--no-store", "-f", "json,html", "-o", reports], repo);
      expect(roomy.code).toBe(1);
      const previous = readFileSync(join(reports, "codeguardian-report.json"), "utf8");
      expect(JSON.parse(previous)).toHaveProperty("findings");
      // Fill the file system to the last byte.
      writeFileSync(join(mount, "filler"), "");
      try {
        for (;;) writeFileSync(join(mount, "filler"), Buffer.alloc(4096), { flag: "a" });
      } catch (error) {
        expect((error as { code?: string }).code).toBe("ENOSPC");
      }
      const result = await cli(["review", "--no-store", "-f", "json,html", "-o", reports], repo);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(
        `could not write the json report to ${join(reports, "codeguardian-report.json")}: no space left on the device (ENOSPC)`,
      );
      expect(result.stderr).not.toContain("internal error");
      expect(readdirSync(reports).sort()).toEqual(["codeguardian-report.html", "codeguardian-report.json"]);
      expect(readFileSync(join(reports, "codeguardian-report.json"), "utf8")).toBe(previous);
    },
  );

  it.runIf(readOnly !== undefined)(
    "5.9: a read-only file system is named as such (EROFS, exit 2)",
    async () => {
      const out = join(readOnly ?? "", "report.json");
      const result = await cli(["review", "--no-store", "-f", "json", "-o", out], repo);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(
        `could not write the json report to ${out}: the file system is read-only (EROFS)`,
      );
      expect(readdirSync(readOnly ?? "")).toEqual([]);
    },
  );
});
