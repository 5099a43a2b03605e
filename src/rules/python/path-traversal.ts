import type { SgNode } from "@ast-grep/napi";
import { defineRule, type RuleContext } from "../define-rule.js";
import {
  argTaint,
  callSpec,
  findCalls,
  flowOf,
  isLiteral,
  notedOnly,
  reportFlow,
  verdictFor,
  type FoundCall,
  type Verdict,
} from "./dataflow/sinks.js";
import { callArguments } from "./dataflow/call-arguments.js";
import type { FileFlow } from "./dataflow/file-flow.js";
import { fromEnvironment } from "./dataflow/sources.js";
import type { Taint } from "./dataflow/taint.js";

const WHY =
  "A path chosen from outside can contain ../ segments or be absolute, so the program reads, overwrites or deletes files outside the directory it meant to serve: configuration, keys, source code.";

/** Calls that open, send or change the file named by their first argument. */
const FILE_CALLS = [
  "open",
  "aiofiles.open",
  "io.open",
  "codecs.open",
  "os.open",
  "flask.send_file",
  "send_file",
  "fastapi.responses.FileResponse",
  "starlette.responses.FileResponse",
  "FileResponse",
  "django.http.FileResponse",
  // aiohttp's FileResponse takes a path only (no file object) and streams that file.
  "aiohttp.web.FileResponse",
  "aiohttp.web_fileresponse.FileResponse",
  "os.remove",
  "os.unlink",
  "os.rmdir",
  "os.removedirs",
  "os.rename",
  "os.replace",
  "os.listdir",
  "os.makedirs",
  "os.mkdir",
  "os.chmod",
  "shutil.rmtree",
  "shutil.copy",
  "shutil.copyfile",
  "shutil.copy2",
  "shutil.move",
  "tarfile.open",
  "zipfile.ZipFile",
];
const CALLS = callSpec({
  needsSource: true,
  hint: /open|send_file|FileResponse|remove|unlink|rmdir|rename|replace|listdir|mkdir|chmod|shutil|tarfile|ZipFile/,
  // A storage helper (`store_upload(filename, data)`) mentions no request: the view that calls it
  // from another module passes the upload's name (src/rules/xfile/).
  helperHint: /\b(?:os\.path|aiofiles|shutil|pathlib|send_file|FileResponse)\b|\bopen\(/,
  functions: FILE_CALLS,
});
/**
 * `tar.extractall(dest)` writes each member where its name says, `../` and
 * absolute names included, unless a `filter` ("data", Python 3.12) refuses
 * them; zipfile's extract cleans the names itself.
 */
const EXTRACTS = callSpec({
  needsSource: true,
  hint: /tarfile/,
  helperHint: /\btarfile\b/,
  methods: ["extractall", "extract"],
});

/** Calls that take an open file object as readily as a path (a zip or a download built from an upload). */
const FILE_OBJECT_SINKS = new Set([
  "flask.send_file",
  "send_file",
  "fastapi.responses.FileResponse",
  "starlette.responses.FileResponse",
  "FileResponse",
  "django.http.FileResponse",
  "zipfile.ZipFile",
]);
/** An upload's file object (Werkzeug `FileStorage.stream`, Starlette `UploadFile.file`, Django `UploadedFile.file`). */
const UPLOAD_STREAM = /\.(?:stream|file)$/;
/** The uploaded files of a request: the objects, not their client-chosen names. */
const UPLOADS = /^(?:self\.)?request\.(?:files|FILES)$/;

/**
 * `FileResponse(open(p, "rb"))`, `zipfile.ZipFile(request.files["doc"])`: the
 * argument is a file already opened (the `open` call is judged on its own) or
 * the uploaded content itself, whose name never reaches the file system here.
 */
function isFileObject(arg: SgNode, taint: Taint): boolean {
  if (arg.kind() === "call") {
    const callee = arg.field("function")?.text() ?? "";
    return callee === "open" || callee.endsWith(".open") || callee === "io.BytesIO";
  }
  if (UPLOAD_STREAM.test(arg.text())) return true;
  return (
    !/name/i.test(arg.text()) &&
    taint.length > 0 &&
    taint.every((o) => o.kind === "source" && UPLOADS.test(o.label))
  );
}

/** A parameter that names a place on disk rather than an open file: `archive_path`, `filename`, `dest_dir`. */
const PATH_NAMED = /path|name|dir|folder|^fn$|^p$/i;
/** Annotations of a path: text or `pathlib.Path`, `os.PathLike`. */
const PATH_TYPED = /\b(?:str|Path|PurePath|PathLike|StrPath)\b/;

/**
 * `zipfile.ZipFile(uploaded)` in a helper whose parameter is handed on as it
 * came: a zip opened from what the caller passes, named neither as a path nor
 * typed as text, is the file object a view read from the upload
 * (`install_theme(request.FILES["theme"])`), whose name never reaches the disk
 * here; the archive's entry names are judged where they are written.
 */
function passedFileObject(arg: SgNode, taint: Taint, flow: FileFlow): boolean {
  if (arg.kind() !== "identifier" || PATH_NAMED.test(arg.text())) return false;
  if (taint.length === 0 || !taint.every((o) => o.kind === "param" && o.paramName === arg.text() && !o.built))
    return false;
  const param = flow.functionAt(arg)?.params.find((p) => p.name === arg.text());
  return param !== undefined && !PATH_TYPED.test(param.annotation ?? "");
}

export default defineRule(
  {
    id: "py/path-traversal",
    languages: ["python"],
    category: "security",
    severity: "high",
    confidence: 0.85,
    cwe: ["CWE-22", "CWE-23", "CWE-73"],
    owasp: "A01:2021-Broken Access Control",
    title: "File path built from untrusted input",
    description:
      "A file is opened, sent, removed or moved using a path built from data that can come from outside the program (os.path.join does not stop ../ or absolute paths).",
    why: WHY,
    howToFix:
      "Reduce the name to a base name (werkzeug.utils.secure_filename or os.path.basename), or resolve the full path (os.path.realpath) and check it starts with the allowed directory before use; Flask's send_from_directory does this for you.",
    references: [
      "https://cwe.mitre.org/data/definitions/22.html",
      "https://owasp.org/www-community/attacks/Path_Traversal",
    ],
    fixable: false,
    family: "path-traversal",
    operatorFlows: "note",
  },
  (ctx) => {
    checkExtracts(ctx);
    const calls = findCalls(ctx, CALLS);
    if (calls.length === 0) return;
    const flow = flowOf(ctx);
    const judged: { readonly call: FoundCall; readonly path: SgNode; readonly verdict: Verdict }[] = [];
    for (const call of calls) {
      const path =
        call.args[0] ?? call.kwargs.get("file") ?? call.kwargs.get("path") ?? call.kwargs.get("path_or_file");
      if (path === undefined || isLiteral(path)) continue;
      if (
        FILE_OBJECT_SINKS.has(call.callee) &&
        (isFileObject(path, argTaint(flow, call.node, 0, "path")) ||
          passedFileObject(path, argTaint(flow, call.node, 0, "path"), flow))
      )
        continue;
      // Paths are routinely built from configuration and parameters; only known untrusted input is reported by default.
      const verdict = verdictFor(flow, argTaint(flow, call.node, 0, "path"), "path", {
        built: 0.4,
        direct: 0.3,
      });
      if (verdict === undefined) continue;
      // Someone giving a path on the command line or at the keyboard already has the file system,
      // and a path read from another file is usually the program's own data: below the default
      // threshold. The environment is set by deployments rather than typed, so it stays a low note.
      const local = verdict.level === "operator" && !fromEnvironment(verdict.origin.words);
      judged.push({ call, path, verdict: local ? { ...verdict, confidence: 0.4 } : verdict });
    }
    for (const { call, path, verdict } of judged) {
      // Neither reported nor noted for the cross-file summary: the write it prepares is.
      if (preparesReportedWrite(call, path, verdict.confidence, judged, flow)) continue;
      if (notedOnly(ctx, call, verdict, WHY)) continue;
      reportFlow(ctx, call.node, verdict, `${call.callee}() uses a path built from`, WHY);
    }
  },
);

/** Calls that only create the folder a file is then written in. */
const FOLDER_MAKERS = new Set(["os.makedirs", "os.mkdir"]);

/**
 * `os.makedirs(os.path.dirname(target))` followed in the same def by
 * `open(target, "wb")` reached by the same input: the folder is made for that
 * write, and the write is the one finding (an archive entry's or upload's name
 * chooses where the file lands); a folder made for nothing written later stays
 * a finding of its own.
 */
function preparesReportedWrite(
  call: FoundCall,
  path: SgNode,
  confidence: number,
  judged: readonly { readonly call: FoundCall; readonly path: SgNode; readonly verdict: Verdict }[],
  flow: FileFlow,
): boolean {
  if (!FOLDER_MAKERS.has(call.callee) || path.kind() !== "call") return false;
  if (!DIRNAME.test(flow.canonical(path.field("function")?.text() ?? ""))) return false;
  const file = callArguments(path.field("arguments")).positional[0]?.text();
  const def = enclosingDef(call.node);
  if (file === undefined || def === undefined) return false;
  const after = call.node.range().end.index;
  return judged.some(
    (other) =>
      other.call !== call &&
      other.path.text() === file &&
      other.call.node.range().start.index > after &&
      enclosingDef(other.call.node)?.id() === def.id() &&
      other.verdict.confidence >= confidence,
  );
}

const DIRNAME = /^(?:os\.path|posixpath|ntpath)\.dirname$/;

function enclosingDef(node: SgNode): SgNode | undefined {
  return node.ancestors().find((a) => a.kind() === "function_definition");
}

function checkExtracts(ctx: RuleContext): void {
  const extracts = findCalls(ctx, EXTRACTS);
  if (extracts.length === 0) return;
  // Names bound to an open tar archive: `with tarfile.open(...) as tar`, `tar = tarfile.open(...)`.
  const opened = ctx.root?.findAll({
    rule: {
      any: [{ kind: "as_pattern" }, { kind: "assignment" }],
      has: { kind: "call", regex: "^tarfile\\.open\\(" },
    },
  });
  const tars = new Set(
    (opened ?? []).map((n) => (n.kind() === "assignment" ? n.field("left") : n.field("alias"))?.text() ?? ""),
  );
  const flow = flowOf(ctx);
  for (const call of extracts) {
    const receiver = call.node.field("function")?.field("object");
    if (!receiver || !tars.has(receiver.text()) || call.kwargs.has("filter")) continue;
    const verdict = verdictFor(flow, flow.callFacts(call.node).receiver, "path", { built: 0.3, direct: 0.3 });
    if (verdict === undefined || notedOnly(ctx, call, verdict, WHY)) continue;
    reportFlow(
      ctx,
      call.node,
      verdict,
      `tarfile ${call.callee}() without a filter writes the members of an archive from`,
      WHY,
    );
  }
}
