import { testRule } from "../rule-tester.js";
import rule from "./command-injection.js";

testRule(rule, {
  valid: [
    {
      name: "sh -c with a constant command line, the request's value passed as a positional argument",
      code: `const { spawn } = require("child_process");
app.get("/tail", (req, res) => {
  spawn("sh", ["-c", 'tail -n 50 -- "$1"', "tail", req.query.file]).stdout.pipe(res);
});`,
    },
    {
      name: "execa without a shell passes the name as one argument",
      code: `const { execa } = require("execa");
app.get("/dig", async (req, res) => {
  const { stdout } = await execa("dig", ["+short", req.query.name]);
  res.send(stdout);
});`,
    },
    {
      name: "trust: a constant command is not a taint finding",
      code: `const { execSync } = require("child_process");
const BRANCH = "main";
execSync("git log --oneline " + BRANCH);`,
    },
    {
      name: "execFile with an argument array",
      code: `import { execFile } from "node:child_process";
app.get("/log", (req, res) => {
  const branch = req.query.branch;
  execFile("git", ["log", branch], (err, out) => res.send(out));
});`,
    },
    {
      name: "constant command",
      code: `const { exec } = require("child_process");
app.post("/build", (req, res) => {
  exec("npm run build", () => res.sendStatus(204));
});`,
    },
    {
      name: "cast to a number",
      code: `const cp = require("child_process");
app.get("/kill", (req, res) => {
  const pid = Number(req.params.pid);
  cp.execSync("kill " + pid);
  res.end();
});`,
    },
    {
      name: "allow-list check before use",
      code: `import { exec } from "child_process";
const ALLOWED = ["status", "log"];
app.get("/git", (req, res) => {
  const sub = req.query.cmd;
  if (!ALLOWED.includes(sub)) return res.status(400).end();
  exec(\`git \${sub}\`, (e, out) => res.send(out));
});`,
    },
    {
      name: "regex exec is not a shell",
      code: `const child_process = require("child_process");
app.get("/", (req, res) => {
  const m = /id=(\\d+)/.exec(req.query.q);
  res.send(m);
});`,
    },
    {
      name: "spawn without a shell",
      code: `import { spawn } from "child_process";
export async function POST(request) {
  const { repo } = await request.json();
  spawn("git", ["clone", repo]);
}`,
      language: "typescript",
    },
    {
      name: "dead branch",
      code: `import { exec } from "child_process";
app.get("/", (req, res) => {
  if (false) {
    exec("ls " + req.query.dir);
  }
});`,
    },
    {
      name: "reassigned to a constant",
      code: `import { exec } from "child_process";
app.get("/", (req, res) => {
  let dir = req.query.dir;
  dir = "/tmp";
  exec("ls " + dir);
});`,
    },
    {
      name: "exported service passes its argument as an argv entry",
      code: `import { execFileSync } from "node:child_process";
export class ReleaseTagger {
  constructor(private readonly cwd: string) {}
  tag(version: string): void {
    execFileSync("git", ["tag", "-a", "v" + version, "-m", "release"], { cwd: this.cwd });
  }
}`,
      language: "typescript",
    },
    {
      name: "exported service validates the argument against a pattern first",
      code: `import { execSync } from "node:child_process";
export class ReleaseTagger {
  tag(version: string): void {
    if (!/^\\d+\\.\\d+\\.\\d+$/.test(version)) throw new Error("bad version");
    execSync("git tag -a v" + version + " -m release");
  }
}`,
      language: "typescript",
    },
    {
      name: "promisified execFile with an argument list",
      code: `const { execFile } = require("child_process");
const { promisify } = require("util");
const runFile = promisify(execFile);
app.get("/whois", async (req, res) => {
  const { stdout } = await runFile("whois", [req.query.host]);
  res.send(stdout);
});`,
    },
  ],
  invalid: [
    {
      name: "spawn of sh -c with a command line built from the request",
      code: `const { spawn } = require("child_process");
app.get("/tail", (req, res) => {
  spawn("/bin/sh", ["-c", \`tail -n 50 /var/log/\${req.query.file}\`]).stdout.pipe(res);
});`,
      lines: [3],
    },
    {
      name: "an upload's original name (@koa/multer's ctx.file) in an execSync command",
      code: `const { execSync } = require("child_process");
router.post("/thumbs", upload.single("image"), async (ctx) => {
  const name = ctx.file.originalname;
  execSync(\`convert "\${ctx.file.path}" "/thumbs/\${name}.png"\`);
});`,
      lines: [4],
    },
    {
      name: "execa.command with shell: true",
      code: `const execa = require("execa");
app.get("/dig", async (req, res) => {
  const { stdout } = await execa.command(\`dig +short \${req.query.name}\`, { shell: true });
  res.send(stdout);
});`,
      lines: [3],
    },
    {
      name: "trust: a WebSocket message is remote",
      code: `const { exec } = require("child_process");
const { WebSocketServer } = require("ws");
const wss = new WebSocketServer({ port: 8080 });
wss.on("connection", (socket) => {
  socket.on("message", (data) => {
    exec("ping -c 1 " + data.toString());
  });
});`,
      lines: [6],
      severity: "critical",
      message: "a WebSocket or queue message",
    },
    {
      name: "trust: a queue message (amqplib consume) is remote",
      code: `const { exec } = require("child_process");
async function start(channel) {
  await channel.consume("thumbnails", (msg) => {
    exec(\`convert \${msg.content.toString()} out.png\`);
  });
}`,
      lines: [4],
      severity: "critical",
      message: "channel.consume() message",
    },
    {
      name: "trust: an environment variable is a low hardening note naming it",
      code: `const { execSync } = require("child_process");
execSync(\`git log \${process.env.GIT_RANGE}\`);`,
      lines: [2],
      severity: "low",
      message: "the environment variable GIT_RANGE (process.env.GIT_RANGE, line 2)",
      notMessage: "attacker",
    },
    {
      name: "Express query into exec",
      code: `const { exec } = require("child_process");
app.get("/ping", (req, res) => {
  const host = req.query.host;
  const cmd = "ping -c 1 " + host;
  exec(cmd, (err, stdout) => {
    res.send(stdout);
  });
});`,
      lines: [5],
    },
    {
      name: "template literal in execSync through destructuring",
      code: `import { execSync } from "node:child_process";
router.post("/convert", async (req, res) => {
  const { input, format } = req.body;
  const out = execSync(\`convert \${input} out.\${format}\`);
  res.send(out);
});`,
      lines: [4],
      language: "typescript",
    },
    {
      name: "spawn with shell: true",
      code: `const cp = require("child_process");
app.get("/run", (req, res) => {
  const args = ["-la", req.query.path];
  cp.spawn("ls", args, { shell: true });
  res.end();
});`,
      lines: [4],
    },
    {
      name: "through a same-file helper",
      code: `import { exec } from "child_process";
function buildCommand(name: string): string {
  return "tar czf /tmp/out.tgz " + name;
}
app.get("/zip", (req, res) => {
  const name = req.params.name;
  exec(buildCommand(name));
  res.end();
});`,
      lines: [7],
      language: "typescript",
    },
    {
      name: "sink inside a helper called with taint",
      code: `import { exec } from "child_process";
function runGit(sub) {
  exec("git " + sub);
}
app.get("/git", (req, res) => {
  runGit(req.query.sub);
  res.end();
});`,
      lines: [3],
    },
    {
      name: "Koa ctx.query",
      code: `const { exec } = require("child_process");
router.get("/dig", async (ctx) => {
  const domain = ctx.query.domain;
  exec(\`dig \${domain}\`);
});`,
      lines: [4],
    },
    {
      name: "process.argv in a CLI script",
      code: `const { execSync } = require("child_process");
const target = process.argv[2];
execSync("rm -rf " + target);`,
      lines: [3],
    },
    {
      name: "public method of an exported service builds a shell line from its argument",
      code: `import { execSync } from "node:child_process";
export class ReleaseTagger {
  constructor(private readonly cwd: string) {}
  tag(version: string): void {
    execSync("git tag -a v" + version + " -m release", { cwd: this.cwd });
  }
}`,
      lines: [5],
      // Only a caller may pass input: unknown origin, at most medium (docs/trust-levels.md).
      severity: "medium",
      language: "typescript",
    },
    {
      name: "promisified exec called through its alias",
      code: `const cp = require("child_process");
const util = require("util");
const sh = util.promisify(cp.exec);
app.get("/whois", async (req, res) => {
  const { stdout } = await sh("whois " + req.query.host);
  res.send(stdout);
});`,
      lines: [5],
    },
    {
      name: "exec of a static command and one request word: execFile with an argument list",
      code: `const { exec } = require("child_process");\napp.get("/ping", (req, res) => {\n  exec("ping -c 1 " + req.query.host, (err, out) => res.send(out));\n});\n`,
      lines: [3],
      at: [{ line: 3, column: 3, endLine: 3, endColumn: 67 }],
      output: `const { exec, execFile } = require("child_process");\napp.get("/ping", (req, res) => {\n  execFile("ping", ["-c", "1", req.query.host], (err, out) => res.send(out));\n});\n`,
    },
    {
      name: "execSync through the module: execFileSync",
      code: `const cp = require("child_process");\napp.get("/f", (req, res) => {\n  res.send(cp.execSync(\`file \${req.query.path}\`));\n});\n`,
      lines: [3],
      output: `const cp = require("child_process");\napp.get("/f", (req, res) => {\n  res.send(cp.execFileSync("file", [req.query.path]));\n});\n`,
    },
    {
      name: "values in several words, one glued to text: each word one argument, the glued one a template",
      code: `const { execSync } = require("child_process");\napp.post("/archive", (req, res) => {\n  execSync(\`tar -czf archives/\${req.body.label}.tgz \${req.body.project}\`, { cwd: "/srv" });\n  res.end();\n});\n`,
      lines: [3],
      output: `const { execSync, execFileSync } = require("child_process");\napp.post("/archive", (req, res) => {\n  execFileSync("tar", ["-czf", \`archives/\${req.body.label}.tgz\`, req.body.project], { cwd: "/srv" });\n  res.end();\n});\n`,
    },
    {
      name: "spawn with only shell: true: the program and its arguments, the options dropped",
      code: `const { spawn } = require("child_process");\napp.get("/ping", (req, res) => {\n  const child = spawn(\`ping -c \${req.query.count} \${req.query.host}\`, { shell: true });\n  child.stdout.pipe(res);\n});\n`,
      lines: [3],
      output: `const { spawn } = require("child_process");\napp.get("/ping", (req, res) => {\n  const child = spawn("ping", ["-c", req.query.count, req.query.host]);\n  child.stdout.pipe(res);\n});\n`,
    },
    {
      name: "spawn with other options beside the shell: no fix",
      code: `const { spawn } = require("child_process");\napp.get("/ping", (req, res) => {\n  spawn(\`ping \${req.query.host}\`, { shell: true, cwd: "/tmp" }).stdout.pipe(res);\n});\n`,
      lines: [3],
      output: null,
    },
    {
      name: "a pipeline needs the shell: no fix",
      code: `const cp = require("child_process");\napp.get("/g", (req, res) => {\n  res.send(cp.execSync("grep " + req.query.q + " | wc -l"));\n});\n`,
      lines: [3],
      output: null,
    },
  ],
});
