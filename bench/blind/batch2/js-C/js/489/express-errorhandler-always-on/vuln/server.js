const express = require('express');
const errorhandler = require('errorhandler');
const routes = require('./routes');

const app = express();
app.use(express.json());
app.use('/api', routes);

app.use(errorhandler({ log: true })); // cg-expect: CWE-489

app.listen(process.env.PORT || 8080);
