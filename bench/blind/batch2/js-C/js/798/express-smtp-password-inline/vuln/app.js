const express = require('express');
const { sendContactMail } = require('./mailer');

const app = express();
app.use(express.urlencoded({ extended: false }));

app.post('/contact', async (req, res) => {
  await sendContactMail(String(req.body.email), String(req.body.message).slice(0, 5000));
  res.redirect('/contact/thanks');
});

app.listen(3000);
