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
  ],
});
