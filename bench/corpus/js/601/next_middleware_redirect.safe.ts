import { NextResponse, type NextRequest } from "next/server";

export function middleware(request: NextRequest) {
  const target = request.nextUrl.searchParams.get("to");
  if (!target) return NextResponse.next();
  return NextResponse.redirect(new URL(/^\/(?![/\\])/.test(target) ? target : "/", request.url));
}
