import { NextRequest, NextResponse } from 'next/server';
import { allowedActions } from '@/lib/policy';
import { auth } from '@/auth';

export async function GET(req: NextRequest) {
  const resource = req.nextUrl.searchParams.get('resource') ?? '';
  const role = (await auth())?.user?.role ?? 'viewer';
  const actions = await allowedActions(role, resource);
  return NextResponse.json({ resource, actions });
}
