const http = require("http");
const { URL } = require("url");

http
  .createServer((req, res) => {
    const url = new URL(req.url, "http://localhost");
    const dest = ["/", "/home", "/account"].includes(url.searchParams.get("dest")) ? url.searchParams.get("dest") : "/";
    res.writeHead(302, { Location: dest });
    res.end();
  })
  .listen(8080);
