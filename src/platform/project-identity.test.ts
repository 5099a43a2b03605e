import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { localProjectIdentity, urlProjectIdentity } from "./project-identity.js";

const dir = mkdtempSync(join(tmpdir(), "cg-identity-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function repo(name: string, origin?: string): string {
  const root = join(dir, name);
  execFileSync("git", ["init", "-q", root]);
  if (origin !== undefined) execFileSync("git", ["-C", root, "remote", "add", "origin", origin]);
  return root;
}

describe("urlProjectIdentity", () => {
  const sameRepository: readonly (readonly [string, string])[] = [
    ["https://github.com/acme/widgets.git", "https://github.com/acme/widgets"],
    ["https://github.com/acme/widgets", "https://GitHub.com/acme/widgets/"],
    ["https://github.com/acme/widgets", "https://user:s3cret@github.com/acme/widgets.git"],
    ["https://github.com/acme/widgets", "git@github.com:acme/widgets.git"],
    ["https://github.com/acme/widgets", "ssh://git@github.com/acme/widgets"],
  ];
  it.each(sameRepository)("%s and %s are one project", (a, b) => {
    expect(urlProjectIdentity(a).key).toBe(urlProjectIdentity(b).key);
  });

  const differentRepositories: readonly (readonly [string, string])[] = [
    ["https://github.com/acme/widgets", "https://github.com/acme/gadgets"],
    ["https://github.com/acme/widgets", "https://gitlab.com/acme/widgets"],
    ["https://github.com/acme/widgets", "https://github.com/Acme/widgets"],
    ["https://git.example.com/a/b", "https://git.example.com:8443/a/b"],
  ];
  it.each(differentRepositories)("%s and %s are kept apart", (a, b) => {
    expect(urlProjectIdentity(a).key).not.toBe(urlProjectIdentity(b).key);
  });

  it("never keeps credentials", () => {
    expect(urlProjectIdentity("https://tok3n:pa55@host.example/a/b.git").key).toBe("host.example/a/b");
  });
});

describe("localProjectIdentity", () => {
  it("is the normalised origin, without credentials, when the repository has one", async () => {
    const root = repo("with-origin", "https://bot:pa55@GitHub.com/acme/widgets.git");
    expect(await localProjectIdentity(root)).toEqual({
      key: "github.com/acme/widgets",
      remote: "github.com/acme/widgets",
    });
  });

  it("is the real path without an origin, or with one that is not a reviewable URL", async () => {
    const plain = repo("plain");
    const local = repo("local-origin", "../plain");
    const link = join(dir, "link");
    symlinkSync(plain, link);
    expect(await localProjectIdentity(plain)).toEqual({ key: plain });
    expect(await localProjectIdentity(link)).toEqual({ key: plain });
    expect(await localProjectIdentity(local)).toEqual({ key: local });
  });
});
