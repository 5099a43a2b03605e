import { NextResponse } from "next/server";
import { sql } from "../../../lib/db";

export async function GET(request: Request) {
  const { searchParams } = new URL(request.url);
  const status = searchParams.get("status") ?? "open";
  const limit = Number(searchParams.get("limit") ?? 50);
  const rows = await sql.unsafe(`SELECT id, total FROM orders WHERE status = '${status}' LIMIT ${limit}`);  // cg-expect: CWE-89
  return NextResponse.json(rows);
}
