import express, { Request, Response } from "express";

const app = express();
const MAX_BYTES = 2 * 1024 * 1024;

app.get("/proxy/avatar", async (req: Request, res: Response) => {
  const url = String(req.query.url ?? "");
  if (!url || !url.startsWith("https://cdn.example.com")) {
    res.status(400).json({ error: "url must point at our CDN" });
    return;
  }
  const upstream = await fetch(url);
  const body = Buffer.from(await upstream.arrayBuffer());
  if (body.length > MAX_BYTES) {
    res.status(413).json({ error: "image too large" });
    return;
  }
  res.type(upstream.headers.get("content-type") ?? "application/octet-stream").send(body);
});

app.listen(3010);
