const http = require("http");
const { URL } = require("url");

http
  .createServer((req, res) => {
    const params = new URL(req.url, "http://localhost").searchParams;
    const action = params.get("action") || "void 0";
    setTimeout(action, 10);  // cg-expect: CWE-94
    res.end("scheduled");
  })
  .listen(3000);
