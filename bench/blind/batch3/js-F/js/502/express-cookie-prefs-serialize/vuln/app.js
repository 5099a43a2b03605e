const express = require('express');
const cookieParser = require('cookie-parser');
const { loadPrefs } = require('./middleware/prefs');

const app = express();
app.use(cookieParser());
app.use(loadPrefs);
app.get('/settings', (req, res) => res.json(req.prefs));
module.exports = app;
