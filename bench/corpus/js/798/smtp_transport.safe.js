import nodemailer from "nodemailer";

export const transport = nodemailer.createTransport({
  host: "smtp.example.com",
  port: 587,
  auth: { user: "notifications@example.com", pass: process.env.SMTP_PASSWORD },
});

export function sendWelcome(to) {
  return transport.sendMail({ from: "notifications@example.com", to, subject: "Welcome" });
}
