const nodemailer = require('nodemailer');

const transport = nodemailer.createTransport({
  host: 'smtp.relay.example.net',
  port: 587,
  requireTLS: true,
  auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS },
  tls: { rejectUnauthorized: true, servername: 'smtp.relay.example.net', minVersion: 'TLSv1.2' },
});

async function sendInvoice(to, invoiceId) {
  await transport.sendMail({
    from: 'billing@example.com',
    to,
    subject: `Invoice ${invoiceId}`,
    text: `Your invoice ${invoiceId} is attached.`,
  });
}

module.exports = { sendInvoice };
