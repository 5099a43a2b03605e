const nodemailer = require('nodemailer');

const transport = nodemailer.createTransport({
  host: 'smtp.mailhost.example',
  port: 587,
  secure: false,
  requireTLS: true,
  auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS },
  tls: { rejectUnauthorized: true, minVersion: 'TLSv1.2' },
});

async function sendReset(to, link) {
  await transport.sendMail({ from: 'no-reply@example.com', to, subject: 'Reset your password', text: `Reset link: ${link}` });
}

module.exports = { sendReset };
