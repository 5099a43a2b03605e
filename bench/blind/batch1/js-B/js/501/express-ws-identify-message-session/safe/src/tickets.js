const crypto = require('crypto');
const redis = require('./redis');

async function mintChatTicket(userId) {
  const ticket = crypto.randomBytes(24).toString('base64url');
  await redis.set(`chat-ticket:${ticket}`, userId, 'EX', 60);
  return ticket;
}

async function verifyChatTicket(ticket) {
  if (typeof ticket !== 'string') return null;
  const userId = await redis.getdel(`chat-ticket:${ticket}`);
  return userId ? { userId } : null;
}

module.exports = { mintChatTicket, verifyChatTicket };
