const express = require('express');
const i18n = require('./middleware/i18n');

const app = express();
app.set('view engine', 'pug');
app.use(i18n);

app.get('/', (req, res) => {
  res.render('home', { title: res.locals.t('home.title') });
});

app.listen(3000);
