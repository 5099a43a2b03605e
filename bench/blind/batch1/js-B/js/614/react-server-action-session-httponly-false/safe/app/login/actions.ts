'use server';

import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { signIn } from '@/lib/auth-backend';

const LoginSchema = z.object({ email: z.string().email(), password: z.string().min(1) });

export async function loginAction(_prev: { error?: string } | undefined, formData: FormData) {
  const parsed = LoginSchema.safeParse({ email: formData.get('email'), password: formData.get('password') });
  if (!parsed.success) return { error: 'Enter a valid email and password.' };

  const result = await signIn(parsed.data.email, parsed.data.password);
  if (!result.ok) return { error: 'Those credentials did not match.' };

  cookies().set({
    name: 'session',
    value: result.sessionToken,
    httpOnly: true,
    secure: true,
    sameSite: 'lax',
    path: '/',
    maxAge: 60 * 60 * 24 * 7,
  });
  redirect('/dashboard');
}
