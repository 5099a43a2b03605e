import express from "express";
import session from "express-session";

const app = express();
const sessionSecret = process.env.SESSION_SECRET ?? "";

app.use(
  session({
    secret: sessionSecret,
    resave: false,
    saveUninitialized: false,
    cookie: { secure: true, httpOnly: true, maxAge: 86_400_000 },
  }),
);

export default app;
