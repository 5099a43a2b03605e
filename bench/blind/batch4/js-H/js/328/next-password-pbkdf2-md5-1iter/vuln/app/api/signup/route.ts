import { NextResponse } from 'next/server';
import { hashPassword } from '@/lib/password';
import { prisma } from '@/lib/prisma';

export async function POST(req: Request) {
  const { email, password } = await req.json();
  if (typeof password !== 'string' || password.length < 12) return NextResponse.json({ error: 'weak' }, { status: 400 });
  const user = await prisma.user.create({ data: { email: String(email), passwordHash: hashPassword(password) } });
  return NextResponse.json({ id: user.id }, { status: 201 });
}
