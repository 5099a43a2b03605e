const nodemailer = require('nodemailer');

const transport = nodemailer.createTransport({
  host: 'smtp.mailhost.example.com',
  port: 587,
  secure: false,
  requireTLS: true,
  auth: { user: 'noreply@shop.example.com', pass: 'FS5OHir9HgcQ4htdjUqd' }, // cg-expect: CWE-798
});

async function sendContactMail(from, message) {
  await transport.sendMail({ from: 'noreply@shop.example.com', replyTo: from, to: 'support@shop.example.com', subject: 'Contact form', text: message });
}

module.exports = { sendContactMail };
