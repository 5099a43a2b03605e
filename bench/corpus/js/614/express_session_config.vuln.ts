import express from "express";
import session from "express-session";

const app = express();
const sessionSecret = process.env.SESSION_SECRET ?? "";

app.use(
  session({
    secret: sessionSecret,
    resave: false,
    saveUninitialized: false,
    cookie: { secure: false, httpOnly: true, maxAge: 86_400_000 },  // cg-expect: CWE-614
  }),
);

export default app;
