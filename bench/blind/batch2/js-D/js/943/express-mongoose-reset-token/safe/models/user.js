const mongoose = require('mongoose');

const userSchema = new mongoose.Schema({
  email: { type: String, unique: true, required: true },
  passwordHash: String,
  resetToken: String,
  resetExpires: Date,
});

module.exports = mongoose.model('User', userSchema);
