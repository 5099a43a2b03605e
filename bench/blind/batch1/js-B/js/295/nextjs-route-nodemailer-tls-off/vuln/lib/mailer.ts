import nodemailer from 'nodemailer';

export const transporter = nodemailer.createTransport({ // cg-expect: CWE-295
  host: process.env.SMTP_HOST,
  port: 587,
  secure: false,
  requireTLS: true,
  auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS },
  tls: { rejectUnauthorized: false, minVersion: 'TLSv1.2' },
});
