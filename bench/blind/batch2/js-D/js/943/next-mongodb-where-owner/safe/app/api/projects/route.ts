import { NextRequest, NextResponse } from 'next/server';
import { findProjectsByOwner } from '@/lib/projects';

export async function GET(req: NextRequest) {
  const owner = req.nextUrl.searchParams.get('owner');
  const archived = req.nextUrl.searchParams.get('archived') === '1';
  if (!owner) {
    return NextResponse.json({ error: 'owner is required' }, { status: 400 });
  }
  const projects = await findProjectsByOwner(owner, archived);
  return NextResponse.json({ projects });
}
