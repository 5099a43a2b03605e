const express = require('express');
const { engine } = require('express-handlebars');
const { threadWithPosts } = require('./forum');

const app = express();
app.engine('hbs', engine({ extname: '.hbs', defaultLayout: false }));
app.set('view engine', 'hbs');
app.set('views', __dirname + '/views');

app.get('/threads/:id', async (req, res) => {
  const thread = await threadWithPosts(req.params.id);
  if (!thread) return res.sendStatus(404);
  res.render('thread', { thread });
});

app.listen(3000);
