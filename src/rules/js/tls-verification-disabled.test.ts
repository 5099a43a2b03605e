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
      name: "checkServerIdentity that delegates to the default",
      code: `import tls from "node:tls";
const socket = tls.connect(443, host, {
  checkServerIdentity: (name, cert) => tls.checkServerIdentity(name, cert) ?? pinCheck(cert),
});`,
    },
  ],
  invalid: [
    {
      name: "https.Agent with rejectUnauthorized false",
      code: `import https from "node:https";
const agent = new https.Agent({
  keepAlive: true,
  rejectUnauthorized: false,
});
export const api = axios.create({ httpsAgent: agent });`,
      lines: [4],
      at: [{ line: 4, column: 3, endLine: 4, endColumn: 28 }],
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
      lines: [4],
      language: "typescript",
    },
  ],
});
