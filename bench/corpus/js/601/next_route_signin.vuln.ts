import { NextResponse, type NextRequest } from "next/server";
import { createSession } from "../../../lib/auth";

export async function POST(request: NextRequest) {
  const form = await request.formData();
  await createSession(String(form.get("email")), String(form.get("password")));
  const callbackUrl = String(form.get("callbackUrl") ?? "/");
  return NextResponse.redirect(callbackUrl, 303);  // cg-expect: CWE-601
}
