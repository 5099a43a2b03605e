const express = require('express');
const { engine } = require('express-handlebars');
const path = require('path');
const { campaignFor } = require('./campaigns');

const app = express();
app.engine('hbs', engine({ extname: '.hbs', defaultLayout: false }));
app.set('view engine', 'hbs');
app.set('views', path.join(__dirname, 'views'));

app.get('/landing/:campaign', (req, res) => {
  const campaign = campaignFor(req.params.campaign);
  if (!campaign) return res.status(404).send('Unknown campaign');
  const headline = typeof req.query.utm_content === 'string' ? req.query.utm_content : campaign.defaultHeadline;
  res.render('landing', { campaign, headline });
});

app.listen(3000);
