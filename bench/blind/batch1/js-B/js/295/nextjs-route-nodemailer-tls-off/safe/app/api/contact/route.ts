import { NextResponse } from 'next/server';
import { z } from 'zod';
import { transporter } from '@/lib/mailer';

const ContactSchema = z.object({
  name: z.string().min(1).max(100),
  email: z.string().email(),
  topic: z.enum(['sales', 'support', 'press']),
  message: z.string().min(10).max(5000),
});

export async function POST(req: Request) {
  const parsed = ContactSchema.safeParse(await req.json());
  if (!parsed.success) return NextResponse.json({ error: parsed.error.flatten() }, { status: 400 });
  const { name, email, topic, message } = parsed.data;
  await transporter.sendMail({
    from: '"Website" <no-reply@example.com>',
    to: `${topic}@example.com`,
    replyTo: email,
    subject: `[${topic}] message from ${name}`,
    text: message,
  });
  return NextResponse.json({ sent: true }, { status: 202 });
}
