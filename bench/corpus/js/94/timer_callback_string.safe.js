const http = require("http");
const { URL } = require("url");

http
  .createServer((req, res) => {
    const params = new URL(req.url, "http://localhost").searchParams;
    const action = params.get("action") || "void 0";
    setTimeout(() => console.log("scheduled", action), 10);
    res.end("scheduled");
  })
  .listen(3000);
