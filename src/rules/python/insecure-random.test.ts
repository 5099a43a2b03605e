import { testRule } from "../rule-tester.js";
import rule from "./insecure-random.js";

testRule(rule, {
  valid: [
    {
      name: "uuid4 for an e-mail sign-in token, uuid1 for a row id",
      code: `import uuid\n\n\ndef signin_token_for(account_id: int) -> str:\n    return uuid.uuid4().hex\n\n\ndef new_row_id() -> str:\n    return str(uuid.uuid1())\n`,
    },
    {
      name: "secrets for a token",
      code: `import secrets\n\ndef new_session_token():\n    return secrets.token_urlsafe(32)\n`,
    },
    {
      name: "random for a simulation",
      code: `import random\n\ndef roll_dice():\n    return random.randint(1, 6)\n\nsample = random.sample(range(100), 10)\n`,
    },
    {
      name: "random in classes and functions that make nothing secret",
      code: `import random\n\n\nclass DiceGame:\n    def roll(self):\n        return random.randint(1, 6)\n\n\nclass BannerRotator:\n    COLOURS = ["teal", "amber"]\n\n    def colour(self):\n        return random.choice(self.COLOURS)\n`,
    },
  ],
  invalid: [
    {
      name: "uuid1 for an e-mail sign-in token",
      code: `import uuid\nfrom uuid import uuid1\n\n\ndef signin_token_for(account_id: int) -> str:\n    return uuid.uuid1().hex\n\n\nclass ActivationLinks:\n    def make(self) -> str:\n        return str(uuid1())\n`,
      lines: [6, 11],
    },
    {
      name: "reset token from random.choice",
      code: `import random, string\n\ndef make_reset_token(n=20):\n    alphabet = string.ascii_letters + string.digits\n    return "".join(random.choice(alphabet) for _ in range(n))\n`,
      lines: [5],
    },
    {
      name: "otp and session id",
      code: `from random import randint, getrandbits\n\ndef login(user):\n    otp = randint(100000, 999999)\n    session_id = "%032x" % getrandbits(128)\n    return otp, session_id\n`,
      lines: [4, 5],
    },
    {
      name: "one-time codes and vouchers made in classes named for them",
      code: `import random\nimport string\n\n\nclass SmsOtpSender:\n    def send(self, phone):\n        digits = random.randint(0, 999999)\n        return phone, f"{digits:06d}"\n\n\nclass VoucherIssuer:\n    def issue(self):\n        return "".join(random.choices(string.ascii_uppercase, k=10))\n`,
      lines: [7, 13],
    },
    {
      name: "a reset token drawn with random.choice: secrets.choice, secrets imported",
      code: `import random\nimport string\n\n\ndef make_reset_token():\n    return "".join(random.choice(string.ascii_letters) for _ in range(32))\n`,
      lines: [6],
      output: `import secrets\nimport random\nimport string\n\n\ndef make_reset_token():\n    return "".join(secrets.choice(string.ascii_letters) for _ in range(32))\n`,
    },
    {
      name: "a session key from random.random has no same-meaning twin: no fix",
      code: `import random\n\n\ndef session_key():\n    return str(random.random())\n`,
      lines: [5],
      output: null,
    },
  ],
});
