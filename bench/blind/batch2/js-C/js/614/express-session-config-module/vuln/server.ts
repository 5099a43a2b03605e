import express from 'express';
import session from 'express-session';
import { sessionSettings } from './settings';

const app = express();
app.set('trust proxy', 1);
app.use(session(sessionSettings)); // cg-expect: CWE-614

app.get('/me', (req, res) => {
  res.json({ user: (req.session as any).userId ?? null });
});

app.listen(3000);
