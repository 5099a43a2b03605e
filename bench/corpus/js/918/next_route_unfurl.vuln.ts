import { NextResponse } from "next/server";

async function readTitle(pageUrl: string): Promise<string> {
  const page = await fetch(pageUrl, { redirect: "follow" });  // cg-expect: CWE-918
  const html = await page.text();
  return /<title>([^<]*)<\/title>/i.exec(html)?.[1] ?? "";
}

export async function POST(request: Request) {
  const { link } = (await request.json()) as { link: string };
  return NextResponse.json({ title: await readTitle(link) });
}
