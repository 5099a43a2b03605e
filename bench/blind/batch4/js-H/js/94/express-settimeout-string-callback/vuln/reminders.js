const notifier = require('./notifier');

function scheduleReminder(userId, message, delayMs) {
  const safeDelay = Math.min(Math.max(Number(delayMs) || 0, 0), 3600e3);
  global.__notify = notifier.notify;
  setTimeout(`__notify(${JSON.stringify(userId)}, '${message}')`, safeDelay); // cg-expect: CWE-94
}
module.exports = { scheduleReminder };
