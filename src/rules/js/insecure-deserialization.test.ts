import { testRule } from "../rule-tester.js";
import rule from "./insecure-deserialization.js";

testRule(rule, {
  valid: [
    {
      name: "a NestJS interceptor parsing the request's header as JSON",
      code: `@Injectable()
export class ContextInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler) {
    const req = context.switchToHttp().getRequest<Request>();
    const raw = Buffer.from(String(req.headers["x-context"] ?? ""), "base64").toString("utf8");
    req.clientContext = JSON.parse(raw);
    return next.handle();
  }
}`,
      language: "typescript",
    },
    {
      name: "js-yaml schema extended with the regexp type only",
      code: `import yaml from "js-yaml";
import { regexp } from "js-yaml-js-types";
const SCHEMA = yaml.DEFAULT_SCHEMA.extend([regexp]);
export const readBundle = (text) => yaml.load(text, { schema: SCHEMA });`,
    },
    {
      name: "JSON.parse of a cookie",
      code: `app.get("/", (req, res) => {
  const prefs = JSON.parse(Buffer.from(req.cookies.prefs, "base64").toString());
  res.json(prefs);
});`,
    },
    {
      name: "js-yaml load with the default schema",
      code: `const yaml = require("js-yaml");
app.post("/config", (req, res) => {
  const doc = yaml.load(req.body.yaml);
  res.json(doc);
});`,
    },
    {
      name: "node-serialize used only to serialize",
      code: `const serialize = require("node-serialize");
const unserializeHint = "never call unserialize on input";
res.cookie("profile", serialize.serialize({ name: "x" }));`,
    },
    {
      name: "funcster revives a literal written in the file",
      code: `const funcster = require("funcster");
const defaults = funcster.deepDeserialize({ retries: 3, backoff: "linear" });
module.exports = defaults;`,
    },
    {
      name: "a parse method of another library in a file that also uses cryo for output",
      code: `const Cryo = require("cryo");
const qs = require("qs");
function dump(state) {
  return Cryo.stringify(state);
}
function read(raw) {
  return qs.parse(raw);
}
module.exports = { dump, read };`,
    },
    {
      name: "bson deserialize without evalFunctions",
      code: `const BSON = require("bson");
module.exports = (buf) => BSON.deserialize(buf, { evalFunctions: false, promoteBuffers: true });`,
    },
    {
      name: "unserialize of the file's own JSON codec object",
      code: `const codec = {
  serialize: (o) => JSON.stringify(o),
  unserialize: (s) => JSON.parse(s),
};
app.get("/prefs", (req, res) => res.json(codec.unserialize(req.cookies.prefs)));`,
    },
  ],
  invalid: [
    {
      name: "a NestJS interceptor unserializing a header of the request it gets from the execution context",
      code: `const serialize = require("node-serialize");
@Injectable()
export class ContextInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler) {
    const req = context.switchToHttp().getRequest<Request>();
    const raw = Buffer.from(String(req.headers["x-context"] ?? ""), "base64").toString("utf8");
    req.clientContext = serialize.unserialize(raw);
    return next.handle();
  }
}`,
      language: "typescript",
      lines: [7],
    },
    {
      name: "js-yaml schema extended with every js-yaml-js-types type (functions included)",
      code: `import yaml from "js-yaml";
import * as jsTypes from "js-yaml-js-types";
const SCHEMA = yaml.DEFAULT_SCHEMA.extend(jsTypes.all);
export const readBundle = (text) => yaml.load(text, { schema: SCHEMA });`,
      lines: [4],
    },
    {
      name: "node-serialize on a cookie",
      code: `const serialize = require("node-serialize");
app.get("/profile", (req, res) => {
  const raw = Buffer.from(req.cookies.profile, "base64").toString();
  const profile = serialize.unserialize(raw);
  res.send("Hello " + profile.username);
});`,
      lines: [4],
    },
    {
      name: "js-yaml full schema",
      code: `import yaml from "js-yaml";
export function readPlugin(source: string) {
  return yaml.load(source, { schema: yaml.DEFAULT_FULL_SCHEMA });
}`,
      lines: [3],
      language: "typescript",
    },
    {
      name: "cryo.parse of a request body",
      code: `const Cryo = require("cryo");
router.post("/state", (req, res) => {
  const state = Cryo.parse(req.body.state);
  res.json(Object.keys(state));
});`,
      lines: [3],
    },
    {
      name: "funcster revives functions from a cache entry",
      code: `const funcster = require("funcster");
async function loadHooks(cache) {
  const stored = await cache.get("hooks");
  return funcster.deepDeserialize(JSON.parse(stored));
}
module.exports = { loadHooks };`,
      lines: [4],
    },
    {
      name: "node-serialize revives a queue job's payload",
      code: `import * as serialize from "node-serialize";
export class Exporter {
  async handle(job: { data: { spec: string } }) {
    const spec = serialize.unserialize(job.data.spec);
    return String(spec.table);
  }
}`,
      lines: [4],
      language: "typescript",
    },
    {
      name: "cryo revives a blob read back from Redis",
      code: `const Cryo = require("cryo");
async function restore(redis, id) {
  const blob = await redis.get("state:" + id);
  return Cryo.parse(blob);
}
module.exports = { restore };`,
      lines: [4],
    },
    {
      name: "bson deserialize with evalFunctions",
      code: `const BSON = require("bson");
module.exports = (buf) => BSON.deserialize(buf, { evalFunctions: true });`,
      lines: [2],
    },
  ],
});
