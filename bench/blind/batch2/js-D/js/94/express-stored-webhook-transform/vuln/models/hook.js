const mongoose = require('mongoose');

const hookSchema = new mongoose.Schema({
  owner: { type: String, required: true },
  url: { type: String, required: true },
  event: { type: String, required: true },
  transform: { type: String, default: 'payload' },
});

module.exports = mongoose.model('Hook', hookSchema);
