import type { FunctionInfo, ParamInfo } from "./functions.js";

/**
 * How a function's parameters start out:
 * - "source": a web framework fills it from the request (route handler).
 * - "clean": the framework validated it (`<int:id>`, `id: int`) or it is the
 *   request object / self, whose input-bearing attributes are sources by name.
 * - "param": an ordinary parameter; unknown until call sites say more.
 */
export type ParamStart = "source" | "clean" | "param";

const ROUTE_DECORATOR =
  /^[\w.]*\b(?:route|get|post|put|patch|delete|head|options|websocket|api_route|api_view|view_config|require_http_methods|require_GET|require_POST)\b/;
/** `app.get(`, `router.post(`: a FastAPI route when the receiver's name holds app, router or api (isFastApiRoute). */
const FASTAPI_DECORATOR = /^(\w*)\.(?:get|post|put|patch|delete|head|options|api_route|websocket)\s*\(/;
/**
 * The receiver is read whole and searched for the word separately: one
 * pattern with a word loop on each side of it (`\w*app\w*`) backtracks over
 * every split of a long name (test/regex-linearity.test.ts).
 */
function isFastApiRoute(decorator: string): boolean {
  const receiver = FASTAPI_DECORATOR.exec(decorator)?.[1];
  return receiver !== undefined && /app|router|api/.test(receiver);
}

/** Types a framework converts or rejects before the handler runs: no text survives. */
const VALIDATED_TYPES =
  /^(?:int|float|bool|uuid\.UUID|UUID|datetime|date|time|Decimal|conint\b.*|PositiveInt)$/;
/** Celery tasks (`@shared_task`, `@app.task(bind=True)`): their arguments arrive in a queue message. */
const TASK_DECORATOR = /^(?:[\w.]*\.)?(?:shared_task|task)\b/;
const HTTP_REQUEST_TYPE = /^(?:[\w.]*\.)?(?:Http|WSGI|ASGI)?Request$/;
const INFRASTRUCTURE = new Set([
  "self",
  "cls",
  "request",
  "req",
  "db",
  "session",
  "background_tasks",
  "response",
]);

export interface HandlerInfo {
  readonly isHandler: boolean;
  /** What fills the "source" parameters: a web request, or a task queue's message. */
  readonly entry?: "route" | "task";
  readonly starts: readonly ParamStart[];
}

export function classifyParams(fn: FunctionInfo): HandlerInfo {
  const routed = fn.decorators.some((d) => ROUTE_DECORATOR.test(d) || isFastApiRoute(d));
  const firstParam = fn.params[fn.isMethod ? 1 : 0];
  const first = firstParam?.name;
  // Django: a view takes the request first; the other parameters are URL captures. A first
  // parameter typed as something else (`req: BackupRequest`) is not an HTTP request.
  const typedOther =
    firstParam?.annotation !== undefined && !HTTP_REQUEST_TYPE.test(firstParam.annotation.trim());
  // aiohttp handlers take the request alone, and FastAPI/Starlette routes are decorated: an
  // undecorated `helper(request: Request, profile)` is a helper the handler calls, not a view.
  const ownParams = fn.params.length - (fn.isMethod ? 1 : 0);
  const asgiHelper = /^(?:[\w.]*\.)?Request$/.test(firstParam?.annotation?.trim() ?? "") && ownParams > 1;
  const djangoView = !routed && (first === "request" || first === "req") && !typedOther && !asgiHelper;
  if (!routed && !djangoView && fn.decorators.some((d) => TASK_DECORATOR.test(d))) {
    return { isHandler: true, entry: "task", starts: fn.params.map((p) => startOf(p, new Map())) };
  }
  if (!routed && !djangoView) {
    return { isHandler: false, starts: fn.params.map(() => "param") };
  }
  const converters = routeConverters(fn.decorators);
  return {
    isHandler: true,
    entry: "route",
    starts: fn.params.map((p) => startOf(p, converters)),
  };
}

/**
 * Django's error views (`handler404`, `technical_500_response`) take the request first like any
 * view, then the exception the framework caught: those parameters are never URL captures.
 */
const ANNOTATED = /^Annotated\[\s*/;
const LINE_END = /[\n\r\u2028\u2029]/;

/**
 * The type of `Annotated[T, …]` (its text up to the first `,` or `]`), as
 * `replace(/^Annotated\[\s*([^,\]]+).*$/, "$1")` gave it; any other
 * annotation as it is. Read with a loop: in the pattern, the blanks before
 * the type could go to `\s*` or to the type, each way tried when a line end
 * follows (docs/security-notes/linear-work.md).
 */
export function annotatedType(annotation: string): string {
  const head = ANNOTATED.exec(annotation);
  if (!head) return annotation;
  const start = head[0].length;
  let end = start;
  while (end < annotation.length && annotation[end] !== "," && annotation[end] !== "]") end++;
  // `.*$` reads to the end of the text, which no line end may come before.
  if (LINE_END.test(annotation.slice(end))) return annotation;
  if (end > start) return annotation.slice(start, end);
  // No type but blanks: the pattern gives the last blank back to the type.
  return start > "Annotated[".length ? annotation[start - 1]! : annotation;
}

/**
 * A parameter annotated with a number, a UUID or a date (`project_id: int`):
 * the function's contract says it holds no text, so no path, markup or URL
 * rides on it, whoever calls it. A handler's such parameters are converted
 * by the framework; a helper's are the caller's promise (and the type checker's).
 */
export function holdsNoText(p: ParamInfo): boolean {
  return p.annotation !== undefined && VALIDATED_TYPES.test(annotatedType(p.annotation).trim());
}

const EXCEPTION_PARAM = /^(?:exc|exc_type|exc_value|exc_info|exception|error|tb|traceback)$/;

function startOf(p: ParamInfo, converters: ReadonlyMap<string, string>): ParamStart {
  if (INFRASTRUCTURE.has(p.name) && !isBodyModel(p)) return "clean";
  if (EXCEPTION_PARAM.test(p.name) && !converters.has(p.name)) return "param";
  const converter = converters.get(p.name);
  if (converter !== undefined && converter !== "path" && converter !== "string" && converter !== "str") {
    return "clean";
  }
  const annotation = p.annotation === undefined ? undefined : annotatedType(p.annotation).trim();
  if (annotation !== undefined && VALIDATED_TYPES.test(annotation)) return "clean";
  if (
    annotation !== undefined &&
    /^(?:Request|HttpRequest|Session|AsyncSession|BackgroundTasks|Response)$/.test(annotation)
  ) {
    return "clean";
  }
  // `form: OAuth2PasswordRequestForm = Depends()`: with no callable FastAPI builds the annotated
  // class itself from the request's query, form or body fields; any other dependency is the server's.
  if (p.default !== undefined && /^(?:Depends|Security)\s*\(/.test(p.default))
    return /^Depends\s*\(\s*\)$|^Depends\s*\(\s*OAuth2PasswordRequestForm\w*\s*\)$/.test(p.default)
      ? "source"
      : "clean";
  return "source";
}

/**
 * A route's `req: QuoteRequest` (or `request: SignupForm`) is not the framework's request
 * object but the body FastAPI parses into that model: its string fields are the client's text.
 */
function isBodyModel(p: ParamInfo): boolean {
  if ((p.name !== "request" && p.name !== "req") || p.annotation === undefined) return false;
  const type = annotatedType(p.annotation).trim();
  return (
    /^[A-Z]\w*$/.test(type) && !HTTP_REQUEST_TYPE.test(type) && !/^(?:WebSocket|Session|Any)$/.test(type)
  );
}

/** Flask/Werkzeug `<int:user_id>` and Django `<int:pk>` path converters by parameter name. */
function routeConverters(decorators: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const d of decorators) {
    for (const m of d.matchAll(/<(?:(\w+)(?:\([^()]*\))?:)?(\w+)>/g)) out.set(m[2] ?? "", m[1] ?? "string");
    // FastAPI `{item_id:int}` path parameters
    for (const m of d.matchAll(/\{(\w+):(\w+)\}/g)) out.set(m[1] ?? "", m[2] ?? "string");
  }
  return out;
}
