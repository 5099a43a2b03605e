import nodemailer from "nodemailer";

export const transport = nodemailer.createTransport({
  host: "smtp.example.com",
  port: 587,
  auth: { user: "notifications@example.com", pass: "mailer-pass-7731" },  // cg-expect: CWE-798
});

export function sendWelcome(to) {
  return transport.sendMail({ from: "notifications@example.com", to, subject: "Welcome" });
}
