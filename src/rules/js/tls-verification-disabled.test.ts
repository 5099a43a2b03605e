import { testRule } from "../rule-tester.js";
import rule from "./tls-verification-disabled.js";

testRule(rule, {
  valid: [
    {
      name: "custom CA instead of disabling checks",
      code: `import https from "node:https";
import fs from "node:fs";
const agent = new https.Agent({ ca: fs.readFileSync("certs/internal-ca.pem"), rejectUnauthorized: true });`,
    },
    {
      name: "verification on by default",
      code: `const client = axios.create({ baseURL: "https://api.example.com", timeout: 5000 });`,
    },
    {
      name: "value from configuration, not a literal",
      code: `const agent = new https.Agent({ rejectUnauthorized: config.tls.verify });`,
      language: "typescript",
    },
    {
      name: "environment variable set to 1",
      code: `process.env.NODE_TLS_REJECT_UNAUTHORIZED = "1";`,
    },
    {
      name: "http-proxy-middleware verifies the upstream by default (secure: true)",
      code: `import { createProxyMiddleware } from "http-proxy-middleware";
const options = { target: "https://api.internal", changeOrigin: true, secure: true };
export const proxy = createProxyMiddleware(options);`,
    },
    {
      name: "secure: false on a cookie is not a proxy option",
      code: `import { createProxyMiddleware } from "http-proxy-middleware";
res.cookie("theme", "dark", { secure: false });
export const proxy = createProxyMiddleware({ target: "https://api.internal" });`,
    },
    {
      name: "checkServerIdentity that delegates to the default",
      code: `import tls from "node:tls";
const socket = tls.connect(443, host, {
  checkServerIdentity: (name, cert) => tls.checkServerIdentity(name, cert) ?? pinCheck(cert),
});`,
    },
    {
      name: "MongoDB connection that keeps certificate checks on, or relaxes them only outside production",
      code: `import mongoose from "mongoose";
await mongoose.connect(uri, { tls: true, tlsCAFile: "/etc/ssl/mongo-ca.pem", tlsAllowInvalidCertificates: false });
const dev = { tlsAllowInvalidHostnames: process.env.NODE_ENV !== "production" };`,
      language: "typescript",
    },
  ],
  invalid: [
    {
      name: "Nest MongooseModule factory returning tlsAllowInvalidCertificates: true: one finding at the option",
      code: `@Module({
  imports: [
    MongooseModule.forRootAsync({
      useFactory: (config: ConfigService) => ({
        uri: config.get("MONGO_URI"),
        tls: true,
        tlsAllowInvalidCertificates: true,
        tlsAllowInvalidHostnames: true,
      }),
    }),
  ],
})
export class AppModule {}`,
      language: "typescript",
      lines: [7],
    },
    {
      name: "mongoose.connect with only tlsAllowInvalidHostnames: true on one line",
      code: `await mongoose.connect(process.env.MONGO_URL, { tls: true, tlsAllowInvalidHostnames: true });`,
      lines: [1],
    },
    {
      name: "got.extend with the option nested under https: reported at the call",
      code: `import got from "got";
export const client = got.extend({
  prefixUrl: "https://payments.example.com",
  https: { rejectUnauthorized: false },
});`,
      lines: [2],
      output:
        'import got from "got";\nexport const client = got.extend({\n  prefixUrl: "https://payments.example.com",\n  https: { rejectUnauthorized: true },\n});',
    },
    {
      name: "options object in a variable: reported at the option",
      code: `const options = {
  hostname: "internal.example.com",
  rejectUnauthorized: false,
};
https.get(options, (res) => res.resume());`,
      lines: [3],
    },
    {
      name: "http-proxy-middleware with secure: false in a constant options object",
      code: `import { createProxyMiddleware } from "http-proxy-middleware";
const options = {
  target: "https://api.internal",
  secure: false,
};
export const proxy = createProxyMiddleware(options);`,
      lines: [6],
      message: "secure: false (line 4)",
    },
    {
      name: "http-proxy createProxyServer with secure: false inline",
      code: `const httpProxy = require("http-proxy");
const proxy = httpProxy.createProxyServer({ target: "https://legacy.internal", secure: false });`,
      lines: [2],
    },
    {
      name: "https.Agent with rejectUnauthorized false",
      code: `import https from "node:https";
const agent = new https.Agent({
  keepAlive: true,
  rejectUnauthorized: false,
});
export const api = axios.create({ httpsAgent: agent });`,
      // Reported where the call that receives the options starts (the option's line is in the message).
      lines: [2],
      message: "rejectUnauthorized: false (line 4)",
      output:
        'import https from "node:https";\nconst agent = new https.Agent({\n  keepAlive: true,\n  rejectUnauthorized: true,\n});\nexport const api = axios.create({ httpsAgent: agent });',
    },
    {
      name: "NODE_TLS_REJECT_UNAUTHORIZED set to 0",
      code: `if (process.env.NODE_ENV !== "test") {
  process.env.NODE_TLS_REJECT_UNAUTHORIZED = "0";
}`,
      lines: [2],
    },
    {
      name: "request library strictSSL false",
      code: `request({ url: "https://internal.example.com/data", strictSSL: false }, (err, res, body) => {
  console.log(body);
});`,
      lines: [1],
    },
    {
      name: "tls.connect accepting any identity",
      code: `const socket = tls.connect({
  host: "db.internal",
  port: 5432,
  checkServerIdentity: () => undefined,
});`,
      lines: [1],
      language: "typescript",
    },
  ],
});
