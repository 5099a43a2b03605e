const http = require("http");
const { URL } = require("url");

http
  .createServer((req, res) => {
    const url = new URL(req.url, "http://localhost");
    const dest = url.searchParams.get("dest") || "/";
    res.writeHead(302, { Location: dest });  // cg-expect: CWE-601
    res.end();
  })
  .listen(8080);
