const { MongoClient } = require('mongodb');
let db;
async function connect(url) { const c = await MongoClient.connect(url); db = c.db('shop'); }
function getDb() { return db; }
module.exports = { connect, getDb };
