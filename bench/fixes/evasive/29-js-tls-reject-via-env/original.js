const https = require("https");

const STATUS_PATH = "/healthz";

function fetchStatus(host) {
  return new Promise((resolve, reject) => {
    const req = https.request(
      { host, path: STATUS_PATH, method: "GET", timeout: 3000, rejectUnauthorized: false }, // cg-flaw
      (res) => {
        let data = "";
        res.setEncoding("utf8");
        res.on("data", (chunk) => (data += chunk));
        res.on("end", () => resolve({ host, status: res.statusCode, body: data }));
      }
    );
    req.on("timeout", () => req.destroy(new Error("timeout")));
    req.on("error", reject);
    req.end();
  });
}

async function checkAll(hosts) {
  return Promise.allSettled(hosts.map(fetchStatus));
}

module.exports = { fetchStatus, checkAll };
