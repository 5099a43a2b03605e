function looksSafe(code) {
  return typeof code === 'string' && /^[A-Z0-9]{8,32}$/.test(code);
}

async function redeemInvite(invites, code, email) {
  if (!looksSafe(code) || typeof email !== 'string') {
    return null;
  }
  const res = await invites.findOneAndUpdate(
    { code, usedAt: null },
    { $set: { usedAt: new Date(), usedBy: email } },
    { returnDocument: 'after' }
  );
  return res && (res.value !== undefined ? res.value : res);
}

module.exports = { redeemInvite, looksSafe };
