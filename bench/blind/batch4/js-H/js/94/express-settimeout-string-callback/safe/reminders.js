const notifier = require('./notifier');

function scheduleReminder(userId, message, delayMs) {
  const safeDelay = Math.min(Math.max(Number(delayMs) || 0, 0), 3600e3);
  setTimeout(() => notifier.notify(userId, message), safeDelay);
}
module.exports = { scheduleReminder };
