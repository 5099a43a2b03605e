import { describe, expect, it } from "vitest";
import { runRule, testRule } from "../rule-tester.js";
import rule from "./weak-hash.js";

testRule(rule, {
  valid: [
    {
      name: "SHA-256 of a password pre-hashed for bcrypt's 72-byte limit, and SHA-256 of an API key",
      code: `import base64\nimport hashlib\n\nimport bcrypt\n\n\ndef hash_password(password: str) -> bytes:\n    return bcrypt.hashpw(base64.b64encode(hashlib.sha256(password.encode()).digest()), bcrypt.gensalt())\n\n\ndef key_digest(api_key: str) -> str:\n    return hashlib.sha256(api_key.encode()).hexdigest()\n`,
    },
    {
      name: "hashlib.new given a strong algorithm through a module constant",
      code: `import hashlib\n\nSTORE_ALGORITHM: str = "sha512"\n\n\ndef password_digest(salt: bytes, password: str) -> str:\n    h = hashlib.new(STORE_ALGORITHM)\n    h.update(salt + password.encode())\n    return h.hexdigest()\n`,
    },
    {
      name: "sha256 for a password digest",
      code: `import hashlib\n\ndef token_digest(token):\n    return hashlib.sha256(token.encode()).hexdigest()\n`,
    },
    {
      name: "md5 declared not for security",
      code: `import hashlib\n\ndef cache_key(password_policy_doc):\n    return hashlib.md5(password_policy_doc, usedforsecurity=False).hexdigest()\n`,
    },
    { name: "hashlib.new with sha256", code: `import hashlib\nh = hashlib.new("sha256", b"password")\n` },
    {
      name: "django: MD5 hasher kept after a strong one, only to verify and upgrade old hashes",
      code: `PASSWORD_HASHERS = [\n    "django.contrib.auth.hashers.Argon2PasswordHasher",\n    "django.contrib.auth.hashers.MD5PasswordHasher",\n]\n`,
    },
    {
      name: "django: make_password with the configured default hasher",
      code: `from django.contrib.auth.hashers import make_password\n\ndef set_pin(user, raw):\n    user.pin_hash = make_password(raw)\n`,
    },
    {
      name: "passlib: bcrypt first, md5_crypt accepted only for old hashes",
      code: `from passlib.context import CryptContext\n\npwd = CryptContext(schemes=["bcrypt", "md5_crypt"], deprecated="auto")\n\ndef hash_password(p):\n    return pwd.hash(p)\n`,
    },
  ],
  invalid: [
    {
      name: "a password stored as one SHA-256 round, and checked by recomputing it: reported where it is made",
      code: `import hashlib\nimport hmac\n\n\ndef hash_password(password: str) -> str:\n    return hashlib.sha256(password.encode()).hexdigest()\n\n\ndef password_matches(password: str, stored: str) -> bool:\n    return hmac.compare_digest(hashlib.sha256(password.encode()).hexdigest(), stored)\n`,
      lines: [6],
    },
    {
      name: "SHA-256 of a raw parameter in a class named for passwords",
      code: `import hashlib\n\n\nclass LegacyPasswordService:\n    def hash(self, raw: str) -> str:\n        return hashlib.sha512(raw.encode()).hexdigest()\n`,
      lines: [6],
    },
    {
      name: "a password digest made in one function and recomputed to check it: reported where it is made",
      code: `import hashlib\nimport hmac\n\n\ndef hash_password(password):\n    return hashlib.md5(password.encode()).hexdigest()\n\n\ndef verify_password(stored, candidate):\n    return hmac.compare_digest(stored, hashlib.md5(candidate.encode()).hexdigest())\n`,
      lines: [6],
    },
    {
      name: "a cookie signature made and checked through a name: reported where it is made",
      code: `import hashlib\nimport hmac\n\n\ndef make_cookie(user_id):\n    sig = hashlib.sha1(f"{SECRET}{user_id}".encode()).hexdigest()\n    return f"{user_id}:{sig}"\n\n\ndef read_cookie(value):\n    user_id, _, sig = value.partition(":")\n    expected = hashlib.sha1(f"{SECRET}{user_id}".encode()).hexdigest()\n    return hmac.compare_digest(sig, expected)\n`,
      lines: [6],
    },
    {
      name: "a digest that is only ever checked (made by another program) is still reported",
      code: `import hashlib\nimport hmac\n\n\ndef verify_token(token, stored):\n    return hmac.compare_digest(stored, hashlib.md5(token.encode()).hexdigest())\n`,
      lines: [6],
    },
    {
      name: "django: MD5 first in PASSWORD_HASHERS",
      code: `PASSWORD_HASHERS = [\n    "django.contrib.auth.hashers.MD5PasswordHasher",\n    "django.contrib.auth.hashers.PBKDF2PasswordHasher",\n]\n`,
      lines: [2],
    },
    {
      name: "django: make_password told to use md5",
      code: `from django.contrib.auth.hashers import make_password\n\ndef set_pin(user, raw):\n    user.pin_hash = make_password(raw, hasher="md5")\n`,
      lines: [4],
    },
    {
      name: "passlib: a context whose default scheme is md5_crypt, reported where it hashes",
      code: `from passlib.context import CryptContext\n\npwd = CryptContext(schemes=["md5_crypt"], deprecated="auto")\n\ndef hash_password(p):\n    return pwd.hash(p)\n`,
      lines: [6],
    },
    {
      name: "SHA-1 of text built from a function's password parameter",
      code: `import hashlib\n\ndef fingerprint(password, username):\n    material = f"{username}:{password}".encode()\n    return hashlib.sha1(material).hexdigest()\n`,
      lines: [5],
    },
    {
      name: "hashlib.new given the algorithm through a module constant",
      code: `import hashlib\n\nSTORE_ALGORITHM: str = "md5"  # kept for old rows\n\n\ndef password_digest(salt: bytes, password: str) -> str:\n    h = hashlib.new(STORE_ALGORITHM)\n    h.update(salt + password.encode())\n    return h.hexdigest()\n`,
      lines: [7],
    },
    {
      name: "md5 of a password",
      code: `import hashlib\n\ndef store(user, password):\n    user.pw_hash = hashlib.md5(password.encode()).hexdigest()\n    user.save()\n`,
      lines: [4],
      at: [{ line: 4, column: 20, endLine: 4, endColumn: 50 }],
      output:
        "import hashlib\n\ndef store(user, password):\n    user.pw_hash = hashlib.sha256(password.encode()).hexdigest()\n    user.save()\n",
    },
    {
      name: "sha1 via hashlib.new and an alias for a token",
      code: `import hashlib as h\n\ndef sign(secret, msg):\n    token = h.new("sha1", secret + msg).hexdigest()\n    api_token = h.sha1(msg).hexdigest()\n    return token, api_token\n`,
      lines: [4, 5],
    },
    {
      name: "sha1 in a function named for a token",
      code: `import hashlib\n\n\ndef invite_token_for(email, day):\n    digest = hashlib.sha1()\n    digest.update(f"{email}|{day}".encode())\n    return digest.hexdigest()\n`,
      lines: [5],
    },
  ],
});

describe("py/weak-hash security context", () => {
  it("takes the enclosing function's name as context, not only the line", () => {
    const confidences = (name: string) =>
      runRule(
        rule,
        `import hashlib\n\n\ndef ${name}(value):\n    digest = hashlib.sha1()\n    digest.update(value.encode())\n    return digest.hexdigest()\n`,
      ).drafts.map((d) => d.confidence);
    expect(confidences("signup_token_for")).toEqual([0.8]);
    expect(confidences("cache_filename")).toEqual([0.4]);
  });
});
