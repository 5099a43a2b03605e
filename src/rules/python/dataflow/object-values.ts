import type { SgNode } from "@ast-grep/napi";
import type { FileFlow } from "./file-flow.js";
import type { Origin } from "./taint.js";

/** Parameter annotations FastAPI fills from a single query, path, header or form string. */
const STRING_ANNOTATION = /^(?:str|Optional\[str\]|str\s*\|\s*None|EmailStr|HttpUrl|AnyUrl)$/;

/**
 * True when a known source's value can hold objects, not just strings: a JSON
 * body, a value decoded on the way (a cookie or query parameter through
 * `json.loads`), or a route parameter typed as something other than a string
 * (FastAPI reads `dict`, `Any`, `list` and model parameters from the JSON
 * body). Query strings, form fields, headers and cookies arrive as strings: a
 * string can be a `$where` body but never an operator object like
 * `{"$ne": null}` (py/nosql-injection, and its flows across files).
 */
export function carriesObjects(flow: FileFlow, origin: Origin): boolean {
  if (origin.parsed === true) return true;
  if (/JSON|body|WebSocket/.test(origin.words ?? "")) return true;
  // A handler's parameter is judged by its annotation, not by its name (`body: ResetBody`).
  const param = /^parameter '(\w+)' of /.exec(origin.label)?.[1];
  if (param === undefined) return /json|body|data|loads/i.test(origin.label);
  if (origin.node === undefined) return false;
  const fn = flow.functionAt(origin.node.children().find((c) => c.kind() === "block") ?? origin.node);
  const annotation = fn?.params.find((p) => p.name === param)?.annotation?.trim();
  if (annotation === undefined || STRING_ANNOTATION.test(annotation)) return false;
  return !scalarModel(origin.node, annotation);
}

/** Field types that hold one scalar: what FastAPI validates into them is never a dict or a list. */
const SCALAR_FIELD =
  /^(?:str|int|float|bool|bytes|EmailStr|SecretStr|HttpUrl|AnyUrl|UUID|uuid\.UUID|datetime|date|time|Decimal|PositiveInt|NonNegativeInt|PositiveFloat|constr\([^)]*\)|conint\([^)]*\)|confloat\([^)]*\)|Literal\[[^\]]*\])$/;

function scalarField(annotation: string): boolean {
  const plain = annotation
    .replace(/^Optional\[(.*)\]$/, "$1")
    .replace(/^Annotated\[([^,\]]+),.*\]$/, "$1")
    .replace(/\|\s*None$/, "")
    .trim();
  return SCALAR_FIELD.test(plain);
}

/**
 * `body: ResetBody` where the file's `class ResetBody(BaseModel)` declares only
 * scalar fields (`email: EmailStr`, `code: constr(pattern=...)`): validation
 * turns an operator object into a 422 before the handler runs.
 */
function scalarModel(at: SgNode, name: string): boolean {
  if (!/^\w+$/.test(name)) return false;
  const model = at
    .getRoot()
    .root()
    .findAll({ rule: { kind: "class_definition" } })
    .find((c) => c.field("name")?.text() === name);
  const body = model?.field("body");
  if (body === null || body === undefined) return false;
  const fields = body
    .children()
    .filter((c) => c.kind() === "expression_statement")
    .map((c) => c.children()[0])
    .filter((a): a is SgNode => a?.kind() === "assignment" && a.field("type") !== null);
  return fields.length > 0 && fields.every((f) => scalarField(f.field("type")?.text() ?? ""));
}
