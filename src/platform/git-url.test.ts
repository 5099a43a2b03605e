import { describe, expect, it } from "vitest";
import { isGitUrl, normaliseGitUrl, redactText, redactUrl, validateGitUrl } from "./git-url.js";

describe("validateGitUrl", () => {
  const allowed: readonly string[] = [
    "https://github.com/acme/widgets.git",
    "https://github.com/acme/widgets",
    "https://user:token@gitlab.example.com:8443/group/sub/repo.git",
    "ssh://git@github.com/acme/widgets.git",
    "ssh://git@github.com:2222/acme/widgets.git",
    "git://git.kernel.org/pub/scm/git/git.git",
    "git+ssh://git@host.example/repo.git",
    "git@github.com:acme/widgets.git",
    "deploy@10.0.0.5:/srv/git/app.git",
  ];
  it.each(allowed)("accepts %s", (url) => {
    expect(validateGitUrl(url)).toMatchObject({ ok: true, url });
  });

  it("returns a credential-free form for everything but the clone itself", () => {
    expect(validateGitUrl("https://bot:ghp_tok@github.com/a/b.git")).toEqual({
      ok: true,
      url: "https://bot:ghp_tok@github.com/a/b.git",
      redacted: "https://github.com/a/b.git",
    });
  });

  const refused: readonly (readonly [url: string, reasonPart: string])[] = [
    ["file:///etc", "local disk"],
    ["FILE:///tmp/repo", "local disk"],
    ["ext::sh -c touch% /tmp/pwned", "spaces"],
    ["ext::sh%20-c%20id", "<transport>::"],
    ["fd::3", "<transport>::"],
    ["transport::https://github.com/a/b", "<transport>::"],
    ["--upload-pack=touch /tmp/pwned", "starts with '-'"],
    ["-oProxyCommand=id", "starts with '-'"],
    ["ssh://-oProxyCommand=id/repo", "'-'"],
    ["ssh://-oProxyCommand=id@host/repo", "'-'"],
    ["-oProxyCommand=id@host:repo", "starts with '-'"],
    ["git@-oProxyCommand=id:repo", "'-'"],
    ["git@host:-repo", "'-'"],
    ["http://github.com/acme/widgets.git", "unencrypted"],
    ["https://github.com/acme/widgets.git\n--upload-pack=x", "control characters"],
    ["https://github.com/acme/wid gets.git", "spaces"],
    ["https://github.com/a\u0000b", "control characters"],
    ["ftp://host.example/repo.git", "'ftp' scheme"],
    ["rsync://host.example/repo.git", "'rsync' scheme"],
    ["https://github.com", "no repository path"],
    ["https://github.com/", "no repository path"],
    ["git@github.com:", "no repository path"],
    ["https://", "not a valid URL"],
    ["", "empty"],
    ["./local/dir", "not a git URL"],
  ];
  it.each(refused)("refuses %j", (url, reasonPart) => {
    const result = validateGitUrl(url);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(reasonPart);
  });

  it("accepts plain http only when the policy allows it", () => {
    const url = "http://mirror.internal/team/repo.git";
    expect(validateGitUrl(url).ok).toBe(false);
    expect(validateGitUrl(url, { allowHttp: true })).toEqual({ ok: true, url, redacted: url });
  });
});

describe("isGitUrl", () => {
  const cases: readonly (readonly [string, boolean])[] = [
    ["https://github.com/a/b", true],
    ["http://github.com/a/b", true],
    ["file:///etc", true],
    ["ext::sh -c id", true],
    ["git@github.com:a/b.git", true],
    ["ssh://git@host/a", true],
    [".", false],
    ["src/app.py", false],
    ["/abs/path", false],
    ["C:\\work\\repo", false],
    ["weird:name.py", false],
    ["--upload-pack=x", false],
  ];
  it.each(cases)("%s → %s", (target, expected) => {
    expect(isGitUrl(target)).toBe(expected);
  });
});

describe("redactUrl and redactText", () => {
  const cases: readonly (readonly [string, string])[] = [
    ["https://user:token@github.com/a/b.git", "https://github.com/a/b.git"],
    ["https://ghp_abc123@github.com/a/b.git", "https://github.com/a/b.git"],
    ["ssh://git:pw@host.example/a.git", "ssh://git@host.example/a.git"],
    ["git@github.com:a/b.git", "git@github.com:a/b.git"],
    ["https://github.com/a/b", "https://github.com/a/b"],
  ];
  it.each(cases)("%s → %s", (url, expected) => {
    expect(redactUrl(url)).toBe(expected);
  });

  it("removes credentials from URLs inside git's messages", () => {
    expect(redactText("fatal: unable to access 'https://me:s3cret@host/x.git/': refused")).toBe(
      "fatal: unable to access 'https://host/x.git/': refused",
    );
  });
});

describe("normaliseGitUrl", () => {
  const cases: readonly (readonly [string, string])[] = [
    ["https://github.com/acme/widgets.git", "github.com/acme/widgets"],
    ["https://u:p@GitHub.com/acme/widgets/", "github.com/acme/widgets"],
    ["git@github.com:acme/widgets.git", "github.com/acme/widgets"],
    ["ssh://git@github.com:2222/acme/widgets", "github.com:2222/acme/widgets"],
    ["git://host.example/a%20b.git", "host.example/a b"],
  ];
  it.each(cases)("%s → %s", (url, expected) => {
    expect(normaliseGitUrl(url)).toBe(expected);
  });
});
