import { NextResponse } from 'next/server';
import { sendContactMail } from '@/lib/mailer';

export async function POST(request: Request) {
  const form = await request.formData();
  const email = String(form.get('email') ?? '');
  const message = String(form.get('message') ?? '').slice(0, 5000);
  if (!/^[^@\s]+@[^@\s]+$/.test(email) || message.length < 5) {
    return NextResponse.json({ error: 'please fill in the form' }, { status: 400 });
  }
  await sendContactMail(email, message);
  return NextResponse.json({ sent: true });
}
