import type { NextApiRequest, NextApiResponse } from "next";

async function download(src: string): Promise<ArrayBuffer> {
  const response = await fetch(src);
  return response.arrayBuffer();
}

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const src = String(req.query.src);
  if (!src.startsWith("https://images.example-cdn.com/")) return res.status(400).end();
  const data = await download(src);
  res.setHeader("Content-Type", "image/png");
  res.send(Buffer.from(data));
}
