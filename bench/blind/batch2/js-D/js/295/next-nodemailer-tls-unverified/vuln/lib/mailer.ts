import nodemailer from 'nodemailer';

const transport = nodemailer.createTransport({
  host: process.env.SMTP_HOST ?? 'smtp.mail-relay.example',
  port: 587,
  secure: false,
  requireTLS: true,
  auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS },
  tls: { rejectUnauthorized: false }, // cg-expect: CWE-295
});

export async function sendContactMail(from: string, message: string) {
  await transport.sendMail({
    from: 'website@example.com',
    replyTo: from,
    to: 'support@example.com',
    subject: 'Contact form',
    text: message,
  });
}
