import { testRule } from "../rule-tester.js";
import rule from "./weak-hash.js";

testRule(rule, {
  valid: [
    {
      name: "sha256 for a password digest",
      code: `import hashlib\n\ndef token_digest(token):\n    return hashlib.sha256(token.encode()).hexdigest()\n`,
    },
    {
      name: "md5 declared not for security",
      code: `import hashlib\n\ndef cache_key(password_policy_doc):\n    return hashlib.md5(password_policy_doc, usedforsecurity=False).hexdigest()\n`,
    },
    { name: "hashlib.new with sha256", code: `import hashlib\nh = hashlib.new("sha256", b"password")\n` },
  ],
  invalid: [
    {
      name: "md5 of a password",
      code: `import hashlib\n\ndef store(user, password):\n    user.pw_hash = hashlib.md5(password.encode()).hexdigest()\n    user.save()\n`,
      lines: [4],
    },
    {
      name: "sha1 via hashlib.new and an alias for a token",
      code: `import hashlib as h\n\ndef sign(secret, msg):\n    token = h.new("sha1", secret + msg).hexdigest()\n    api_token = h.sha1(msg).hexdigest()\n    return token, api_token\n`,
      lines: [4, 5],
    },
  ],
});
