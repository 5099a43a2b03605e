const express = require('express');
const path = require('path');
const catalog = require('./routes/catalog');

const app = express();

app.set('env', process.env.NODE_ENV === 'development' ? 'development' : 'production');
app.set('views', path.join(__dirname, 'views'));
app.set('view engine', 'pug');

app.use(express.static(path.join(__dirname, 'public'), { maxAge: '7d' }));
app.use('/catalog', catalog);

app.use((req, res) => {
  res.status(404).render('not-found');
});

module.exports = app;

if (require.main === module) {
  app.listen(Number(process.env.PORT || 8080));
}
