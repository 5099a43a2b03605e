import { testRule } from "../rule-tester.js";
import rule from "./command-injection.js";

testRule(rule, {
  valid: [
    {
      name: "comments in the argument list: shell=False on its own line (twin of the commented shell=True)",
      code: `import subprocess
from flask import request


@app.get("/ping")
def ping():
    subprocess.run(  # ping the host
        ["ping", "-c", "1", request.args["host"]],  # argv, no shell
        shell=  # never a shell here
        False,
    )
`,
    },
    {
      name: "trust: a constant command is not a taint finding",
      code: `import subprocess

TOOL = "git"


def status():
    return subprocess.run(TOOL + " status --short", shell=True, capture_output=True)
`,
    },
    {
      name: "one constant command string without a shell",
      code: `import subprocess\nsubprocess.call("uptime")\nsubprocess.run(["ls", "-l"], check=True)\n`,
    },
    {
      name: "constant command",
      code: `import os\n\ndef backup():\n    os.system("tar czf /tmp/b.tgz /srv/data")\n`,
    },
    {
      name: "list arguments without a shell",
      code: `import subprocess\nfrom flask import request\n\n@app.route("/ping")\ndef ping():\n    host = request.args.get("host")\n    return subprocess.run(["ping", "-c", "1", host], capture_output=True).stdout\n`,
    },
    {
      name: "quoted with shlex.quote",
      code: `import os, shlex\nfrom flask import request\n\n@app.route("/ls")\ndef ls():\n    d = request.args["dir"]\n    safe = shlex.quote(d)\n    os.system("ls -l " + safe)\n    return "ok"\n`,
    },
    {
      name: "cast to int",
      code: `import os, sys\n\ndef main():\n    n = int(sys.argv[1])\n    os.system("head -n %d log.txt" % n)\n`,
    },
    {
      name: "allow-list check before use",
      code: `import os\nfrom flask import request, abort\nALLOWED = {"uptime", "df"}\n\n@app.route("/run")\ndef run():\n    cmd = request.form["cmd"]\n    if cmd not in ALLOWED:\n        abort(400)\n    os.system(cmd)\n    return "done"\n`,
    },
    {
      name: "dead branch",
      code: `import os, sys\n\ndef main():\n    arg = sys.argv[1]\n    if False:\n        os.system("echo " + arg)\n`,
    },
    {
      name: "reassigned to a constant",
      code: `import os\n\ndef main():\n    cmd = input("command? ")\n    cmd = "date"\n    os.system(cmd)\n`,
    },
    {
      name: "only numbers formatted in",
      code: `import os\n\ndef stop(pid):\n    os.system("kill -9 %d" % pid)\n`,
    },
    {
      name: "argument list held in a variable or returned by a helper, no shell",
      code: `import subprocess\nfrom flask import request\n\n\ndef _dump_args(db):\n    return ["pg_dump", "--dbname", "app_" + db, "--file", "/backups/" + db + ".sql"]\n\n\n@app.post("/dump")\ndef dump():\n    db = request.form["db"]\n    argv = ["gzip", "-k", f"/backups/{db}.sql"]\n    subprocess.run(_dump_args(db), check=True)\n    job = _dump_args(db)\n    subprocess.check_call(job)\n    subprocess.check_call(argv)\n    return "ok"\n`,
    },
    {
      name: "django view whose typed request is used for a setting of the server",
      code: `import os\nfrom django.http import HttpRequest, HttpResponse\n\n\ndef rotate_logs(req: HttpRequest):\n    os.system("logrotate -f " + req.LOG_CONFIG)\n    return HttpResponse("rotated")\n`,
    },
  ],
  invalid: [
    {
      name: "comments in the argument list do not hide the command or shell=True",
      code: `import subprocess
from flask import request


@app.get("/ping")
def ping():
    subprocess.run(  # ping the host
        # the host comes from the URL
        "ping -c 1 " + request.args["host"],  # one string
        shell=  # needed for the pipe
        True,
    )
`,
      lines: [7],
      severity: "critical",
    },
    {
      name: "trust: a Celery task's argument comes from a queue message, remote",
      code: `import subprocess
from celery import shared_task


@shared_task
def convert(name):
    subprocess.run(f"convert /srv/in/{name} /srv/out/{name}.png", shell=True)
`,
      lines: [7],
      severity: "critical",
      message: "a task argument taken from a queue message",
    },
    {
      name: "trust: a WebSocket message is remote",
      code: `import os
from fastapi import FastAPI, WebSocket

app = FastAPI()


@app.websocket("/ws")
async def shell(websocket: WebSocket):
    await websocket.accept()
    host = await websocket.receive_text()
    os.system("ping -c 1 " + host)
`,
      lines: [11],
      severity: "critical",
      message: "a WebSocket message (.receive_text(), line 10)",
    },
    {
      name: "trust: a command-line argument is a low hardening note",
      code: `import os
import sys

os.system("git log --oneline " + sys.argv[1])
`,
      lines: [4],
      severity: "low",
      message: "a command-line argument (sys.argv, line 4)",
      notMessage: "attacker",
    },
    {
      name: "one command string built from argv, without a shell",
      code: `import subprocess, sys\nsubprocess.call("grep " + sys.argv[1], shell=False)\n`,
      lines: [2],
    },
    {
      name: "flask handler, several statements between source and sink",
      code: `import os\nfrom flask import Flask, request\napp = Flask(__name__)\n\n@app.route("/lookup")\ndef lookup():\n    domain = request.args.get("domain", "")\n    domain = domain.strip().lower()\n    command = "nslookup " + domain\n    output = os.popen(command).read()\n    return output\n`,
      lines: [10],
    },
    {
      name: "subprocess with shell=True and an f-string",
      code: `import subprocess\nfrom flask import request\n\n@app.post("/convert")\ndef convert():\n    name = request.form["file"]\n    subprocess.run(f"convert {name} out.png", shell=True, check=True)\n    return "ok"\n`,
      lines: [7],
    },
    {
      name: "through a helper that builds the string",
      code: `import os, sys\n\ndef build(target):\n    return "ping -c 1 %s" % target\n\ndef main():\n    host = sys.argv[1]\n    os.system(build(host))\n`,
      lines: [8],
    },
    {
      name: "aliased import and sh -c",
      code: `import subprocess as sp\n\ndef main():\n    pattern = input()\n    sp.check_output(["/bin/sh", "-c", "grep " + pattern + " *.log"])\n`,
      lines: [5],
    },
    {
      name: "helper sink reached from a handler",
      code: `import os\nfrom flask import request\n\ndef archive(path):\n    os.system("tar czf out.tgz " + path)\n\n@app.route("/archive")\ndef handler():\n    archive(request.args["p"])\n    return "ok"\n`,
      lines: [5],
    },
    {
      name: "django view argument, from-import",
      code: `from os import system\n\ndef restart(request, service):\n    system("systemctl restart " + service)\n`,
      lines: [4],
    },
    {
      name: "one branch sanitised, the other not",
      code: `import os, shlex, sys\n\ndef main():\n    arg = sys.argv[1]\n    if len(arg) > 3:\n        arg = shlex.quote(arg)\n    os.system("echo " + arg)\n`,
      lines: [7],
    },
    {
      name: "tuple unpacking and a list join",
      code: `import os, sys\n\ndef main():\n    prog, target = sys.argv[0], sys.argv[1]\n    parts = ["rm", "-rf"]\n    parts.append(target)\n    os.system(" ".join(parts))\n`,
      lines: [7],
    },
    {
      name: "string built from an unknown parameter",
      code: `import os\n\ndef cleanup(directory):\n    os.system("rm -rf " + directory)\n`,
      lines: [4],
    },
    {
      name: "shell script list held in a variable, and a variable that may be a string",
      code: `import subprocess\nfrom flask import request\n\n\n@app.post("/dump")\ndef dump():\n    db = request.form["db"]\n    argv = ["bash", "-c", f"pg_dump app_{db} | gzip > /backups/{db}.gz"]\n    subprocess.check_call(argv)\n    cmd = ["pg_dump", db]\n    if request.form.get("raw"):\n        cmd = "pg_dump --no-owner " + db\n    subprocess.check_call(cmd)\n    return "ok"\n`,
      lines: [9, 13],
    },
    {
      name: "a first parameter named req that is a job object, not a request",
      code: `import os\nfrom dataclasses import dataclass\n\n\n@dataclass\nclass ExportRequest:\n    table: str\n\n\ndef export(req: ExportRequest):\n    os.system("pg_dump -t " + req.table + " shop")\n\n\ndef on_message(message: dict):\n    export(ExportRequest(table=message["table"]))\n`,
      lines: [11],
    },
    {
      name: "a request value as the last word of a shell command: fixed as an argument list",
      code: `import subprocess\nfrom flask import request\n\n\ndef f():\n    name = request.args["n"]\n    subprocess.run("ls -l " + name, shell=True, check=True)\n`,
      lines: [7],
      at: [{ line: 7, column: 5, endLine: 7, endColumn: 60 }],
      output: `import subprocess\nfrom flask import request\n\n\ndef f():\n    name = request.args["n"]\n    subprocess.run(["ls", "-l", name], check=True)\n`,
    },
    {
      name: "os.system of static words and one request value: subprocess.call with a list",
      code: `import os\nfrom flask import request\n\n\ndef ping():\n    os.system("ping -c 1 " + request.args["host"])\n    return "ok"\n`,
      lines: [6],
      output: `import subprocess\nimport os\nfrom flask import request\n\n\ndef ping():\n    subprocess.call(["ping", "-c", "1", request.args["host"]])\n    return "ok"\n`,
    },
    {
      name: "an f-string with values in several words, one glued to an option: each word one argument",
      code: `import subprocess\nfrom flask import request\n\n\ndef archive():\n    ref = request.args["ref"]\n    fmt = request.args["fmt"]\n    return subprocess.check_output(f"git archive --format={fmt} {ref}", shell=True)\n`,
      lines: [8],
      output: `import subprocess\nfrom flask import request\n\n\ndef archive():\n    ref = request.args["ref"]\n    fmt = request.args["fmt"]\n    return subprocess.check_output(["git", "archive", f"--format={fmt}", ref])\n`,
    },
    {
      name: "%-formatting with a tuple of values: an argument list",
      code: `import subprocess\nfrom flask import request\n\n\ndef ping():\n    host = request.args["host"]\n    count = request.args["count"]\n    return subprocess.check_output("ping -c %s -W 2 %s" % (count, host), shell=True)\n`,
      lines: [8],
      output: `import subprocess\nfrom flask import request\n\n\ndef ping():\n    host = request.args["host"]\n    count = request.args["count"]\n    return subprocess.check_output(["ping", "-c", count, "-W", "2", host])\n`,
    },
    {
      name: "asyncio.create_subprocess_shell: create_subprocess_exec with the words as arguments",
      code: `import asyncio\nfrom flask import request\n\n\nasync def dig():\n    domain = request.args["d"]\n    proc = await asyncio.create_subprocess_shell(f"dig +short {domain}", stdout=asyncio.subprocess.PIPE)\n    return await proc.communicate()\n`,
      lines: [7],
      output: `import asyncio\nfrom flask import request\n\n\nasync def dig():\n    domain = request.args["d"]\n    proc = await asyncio.create_subprocess_exec("dig", "+short", domain, stdout=asyncio.subprocess.PIPE)\n    return await proc.communicate()\n`,
    },
    {
      name: "a pipe in the command needs the shell: no fix",
      code: `import subprocess\nfrom flask import request\n\n\ndef grep():\n    word = request.args["w"]\n    return subprocess.check_output(f"grep {word} app.log | head", shell=True)\n`,
      lines: [7],
      output: null,
    },
  ],
});
