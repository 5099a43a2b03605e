const express = require('express');
const { createUser } = require('./users');

const app = express();
app.use(express.urlencoded({ extended: false }));

app.post('/signup', async (req, res) => {
  const { email, password } = req.body;
  if (!email || !password || password.length < 10) return res.status(400).send('Invalid input');
  const id = await createUser(email, password);
  res.status(201).json({ id });
});

app.listen(3000);
