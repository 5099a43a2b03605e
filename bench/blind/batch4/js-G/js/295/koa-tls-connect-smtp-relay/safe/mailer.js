const nodemailer = require('nodemailer');

const transport = nodemailer.createTransport({
  host: 'smtp.mail.example.com',
  port: 587,
  requireTLS: true,
  auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS },
  tls: { rejectUnauthorized: true, minVersion: 'TLSv1.2' },
});

async function sendContact({ name, email, message }) {
  return transport.sendMail({
    from: 'website@example.com',
    to: 'support@example.com',
    replyTo: email,
    subject: `Contact form: ${name || email}`,
    text: message,
  });
}

module.exports = { sendContact };
