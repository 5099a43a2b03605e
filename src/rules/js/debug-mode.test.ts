import { testRule } from "../rule-tester.js";
import rule from "./debug-mode.js";

testRule(rule, {
  valid: [
    {
      name: "errorhandler only in development",
      code: `const errorhandler = require("errorhandler");
if (process.env.NODE_ENV === "development") {
  app.use(errorhandler());
}`,
    },
    {
      name: "Apollo debug tied to the environment",
      code: `const server = new ApolloServer({
  typeDefs,
  resolvers,
  includeStacktraceInErrorResponses: process.env.NODE_ENV !== "production",
});`,
    },
    {
      name: "other settings",
      code: `app.set("view engine", "pug");
app.set("trust proxy", 1);`,
      language: "typescript",
    },
    {
      name: "Koa app in production mode",
      code: `const Koa = require("koa");
const app = new Koa();
app.env = process.env.NODE_ENV === "production" ? "production" : "test";
module.exports = app;`,
    },
    {
      name: "Koa development mode only when not in production",
      code: `import Koa from "koa";
const app = new Koa();
if (process.env.NODE_ENV !== "production") {
  app.env = "development";
}
export default app;`,
    },
    {
      name: "Apollo server hides stack traces",
      code: `import { ApolloServer } from "@apollo/server";
export const gateway = new ApolloServer({ schema, includeStacktraceInErrorResponses: false });`,
      language: "typescript",
    },
  ],
  invalid: [
    {
      name: "Express forced into development",
      code: `const app = express();
app.set("env", "development");
app.listen(8080);`,
      lines: [2],
    },
    {
      name: "errorhandler everywhere",
      code: `import errorhandler from "errorhandler";
const app = express();
app.use(router);
app.use(errorhandler());`,
      lines: [4],
      language: "typescript",
    },
    {
      name: "Apollo stack traces on",
      code: `const server = new ApolloServer({
  schema,
  debug: true,
});`,
      lines: [3],
    },
    {
      name: "Koa app forced into development mode",
      code: `const Koa = require("koa");
const api = new Koa();
api.env = "development";
api.listen(4000);`,
      lines: [3],
    },
    {
      name: "Apollo server returns stack traces",
      code: `import { ApolloServer } from "@apollo/server";
export const gateway = new ApolloServer({
  schema,
  includeStacktraceInErrorResponses: true,
});`,
      lines: [4],
      language: "typescript",
    },
  ],
});
