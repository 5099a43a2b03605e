import { cookies } from "next/headers";
import { NextResponse } from "next/server";

export async function POST(request: Request) {
  const { token } = (await request.json()) as { token: string };
  const store = await cookies();
  store.set("auth_token", token, { httpOnly: false, secure: true, path: "/" });  // cg-expect: CWE-614
  return NextResponse.json({ ok: true });
}
