import type { NextApiRequest, NextApiResponse } from "next";

async function download(src: string): Promise<ArrayBuffer> {
  const response = await fetch(src);  // cg-expect: CWE-918
  return response.arrayBuffer();
}

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const src = String(req.query.src);
  const data = await download(src);
  res.setHeader("Content-Type", "image/png");
  res.send(Buffer.from(data));
}
