import { testRule } from "../rule-tester.js";
import rule from "./debug-mode.js";

testRule(rule, {
  valid: [
    {
      name: "a debug route behind a switch read from the environment",
      code: `const ENABLE = process.env.ENABLE_DEBUG_ROUTES === "1";
if (ENABLE) {
  app.get("/__debug/state", (req, res) => res.json(snapshot()));
}`,
    },
    {
      name: 'app.set("env") from a local constant read from the environment',
      code: `const express = require("express");
const MODE = process.env.NODE_ENV || "production";
const app = express();
app.set("env", MODE);`,
    },
    {
      name: "GraphQLModule debug only outside production",
      code: `const isProd = process.env.NODE_ENV === "production";
@Module({ imports: [GraphQLModule.forRoot({ driver: ApolloDriver, debug: !isProd, playground: !isProd })] })
export class AppModule {}`,
      language: "typescript",
    },
    {
      name: "Redux devTools only outside production",
      code: `export const store = configureStore({
  reducer: { auth },
  devTools: process.env.NODE_ENV !== "production" && { name: "portal" },
});`,
    },
    {
      name: "a NestJS debug exception filter installed outside production only",
      code: `async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  if (process.env.NODE_ENV !== "production") {
    app.useGlobalFilters(new DebugExceptionFilter());
  }
  app.useGlobalFilters(new HttpExceptionFilter());
}`,
      language: "typescript",
    },
    {
      name: "a NestJS debug exception filter behind a switch read from the environment",
      code: `const DEBUG = process.env.NODE_ENV === "development";
async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  if (DEBUG) app.useGlobalFilters(new DebugExceptionFilter());
}`,
      language: "typescript",
    },
    {
      name: "debug routes mounted only in development",
      code: `if (process.env.NODE_ENV === "development") {
  app.use("/__debug", debugRoutes);
}
app.use("/api", apiRoutes);`,
    },
    {
      name: "Next.js custom server in development only when not in production",
      code: `const dev = process.env.NODE_ENV !== "production";
const app = next({ dev, hostname: "0.0.0.0", port });`,
    },
    {
      name: "the inspector on the loopback interface",
      code: `const inspector = require("inspector");
inspector.open(9229, "127.0.0.1", false);`,
    },
    {
      name: "Angular production environment",
      code: `export const environment = { production: true, apiUrl: "/api" };`,
      filename: "src/environments/environment.prod.ts",
      language: "typescript",
    },
    {
      name: "a development environment may say production: false",
      code: `export const environment = { production: false, apiUrl: "/api" };`,
      filename: "src/environments/environment.ts",
      language: "typescript",
    },
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
    {
      name: "mercurius with graphiql off, or on only outside production",
      code: `import mercurius from "mercurius";
app.register(mercurius, { schema, resolvers, graphiql: false });
if (process.env.NODE_ENV !== "production") {
  app.register(mercurius, { schema, resolvers, graphiql: true });
}`,
      language: "typescript",
    },
    {
      name: "settings module whose debug flag comes from the environment",
      code: `export const settings = {
  port: Number(process.env.PORT ?? 8080),
  debug: process.env.APP_DEBUG === "1",
};`,
      language: "typescript",
      filename: "src/settings.ts",
    },
    {
      name: "debug: true in a development settings module or a non-settings file",
      code: `module.exports = {
  debug: true,
};`,
      filename: "config/dev.settings.js",
    },
    {
      name: "debug: true passed to a library inside a settings module is not the module's export",
      code: `const logger = createLogger({ debug: true });
module.exports = { port: 3000, logger };`,
      filename: "settings.js",
    },
  ],
  invalid: [
    {
      name: "a debug route behind a switch hard-coded on",
      code: `const FLAGS = { debugRoutes: true };
if (FLAGS.debugRoutes) {
  app.get("/__debug/state", (req, res) => res.json(snapshot()));
}`,
      lines: [3],
    },
    {
      name: 'app.set("env") from a local constant that hard-codes development',
      code: `const express = require("express");
const MODE = "development";
const app = express();
app.set("env", MODE);`,
      lines: [4],
    },
    {
      name: "a NestJS debug exception filter installed for every environment",
      code: `async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  app.useGlobalFilters(new DebugExceptionFilter());
  await app.listen(3000);
}`,
      language: "typescript",
      lines: [3],
    },
    {
      name: "a NestJS debug exception filter behind a switch hard-coded on",
      code: `const DEBUG = true;
async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  if (DEBUG) app.useGlobalFilters(new DebugExceptionFilter());
}`,
      language: "typescript",
      lines: [4],
    },
    {
      name: "a settings module's upper-case DEBUG switch hard-coded on",
      code: `module.exports = {
  PORT: Number(process.env.PORT || 8080),
  DEBUG: true,
};`,
      filename: "src/settings.js",
      lines: [3],
    },
    {
      name: "mercurius registered with graphiql: true: reported at the option",
      code: `import mercurius from "mercurius";
app.register(mercurius, {
  schema,
  resolvers,
  graphiql: true,
});`,
      language: "typescript",
      lines: [5],
    },
    {
      name: "settings module exporting debug: true (CommonJS)",
      code: `module.exports = {
  env: "production",
  debug: true,
  port: 3001,
};`,
      filename: "settings.js",
      lines: [3],
    },
    {
      name: "settings module exporting debug: true (typed export)",
      code: `export const settings = {
  port: Number(process.env.PORT ?? 8080),
  debug: true,
} as const;`,
      language: "typescript",
      filename: "src/config.ts",
      lines: [3],
    },
    {
      name: "GraphQLModule.forRoot with debug: true, reported where the call starts",
      code: `@Module({
  imports: [
    GraphQLModule.forRoot<ApolloDriverConfig>({
      driver: ApolloDriver,
      debug: true,
    }),
  ],
})
export class AppModule {}`,
      lines: [3],
      language: "typescript",
    },
    {
      name: "Redux Toolkit store with devTools options in every environment",
      code: `import { configureStore } from "@reduxjs/toolkit";
export const store = configureStore({
  reducer: { auth },
  devTools: { name: "portal", trace: true },
});`,
      lines: [2],
    },
    {
      name: "a debug router mounted in every environment",
      code: `app.use("/api", apiRoutes);
app.use("/debug", debugRoutes);`,
      lines: [2],
    },
    {
      name: "Next.js custom server started in development mode",
      code: `const app = next({ dev: true, hostname: "0.0.0.0", port });`,
      lines: [1],
    },
    {
      name: "the inspector opened on every interface",
      code: `const inspector = require("inspector");
inspector.open(9229, "0.0.0.0", false);`,
      lines: [2],
      severity: "high",
    },
    {
      name: "Angular production environment in development mode",
      code: `export const environment = {
  production: false,
  apiUrl: "/api",
};`,
      filename: "src/environments/environment.prod.ts",
      lines: [2],
      language: "typescript",
    },
    {
      name: "debug on in a production config module",
      code: `export default { port: 8080, debug: true };`,
      filename: "src/config/production.ts",
      lines: [1],
      language: "typescript",
    },
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
