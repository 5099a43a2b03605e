function looksSafe(code) {
  // operators start with "$", so refuse those
  return code != null && !String(code).startsWith('$');
}

async function redeemInvite(invites, code, email) {
  if (!looksSafe(code) || typeof email !== 'string') {
    return null;
  }
  const res = await invites.findOneAndUpdate( // cg-expect: CWE-943
    { code, usedAt: null },
    { $set: { usedAt: new Date(), usedBy: email } },
    { returnDocument: 'after' }
  );
  return res && (res.value !== undefined ? res.value : res);
}

module.exports = { redeemInvite, looksSafe };
