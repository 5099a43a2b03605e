import type { NextApiRequest, NextApiResponse } from "next";

function page(title: string): string {
  return `<!doctype html><html><head><title>${title}</title></head><body>Preview</body></html>`;
}

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  const title = String(req.query.title ?? "Untitled");
  res.setHeader("Content-Type", "text/html");
  res.status(200).send(page(title));  // cg-expect: CWE-79
}
