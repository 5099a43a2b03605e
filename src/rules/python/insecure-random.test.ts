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
    {
      name: "a seeded generator for a reproducible shuffle of display order",
      code: `import random\n\ndef shuffled(items, seed):\n    rng = random.Random(seed)\n    order = list(items)\n    rng.shuffle(order)\n    return order\n`,
    },
    {
      name: "a random number that only picks a retry delay",
      code: `import random\nimport time\n\ndef backoff(attempt):\n    delay = random.uniform(0, 2 ** attempt)\n    time.sleep(delay)\n`,
    },
  ],
  invalid: [
    {
      name: "a code stored on a password-reset record",
      code: `import random\n\ndef issue_code(user):\n    code = str(random.randint(100000, 999999))\n    db.session.add(PasswordReset(user_id=user.id, code=code))\n    return code\n`,
      lines: [4],
    },
    {
      name: "a session id drawn from a time-seeded generator kept on the instance",
      code: `import random\nimport time\n\nclass Store:\n    def __init__(self):\n        self._rng = random.Random(int(time.time()))\n\n    def _new_sid(self):\n        return "%032x" % self._rng.getrandbits(128)\n`,
      lines: [9],
    },
    {
      name: "a random value that becomes a cookie",
      code: `import random\n\ndef remember(resp):\n    value = "%x" % random.getrandbits(64)\n    resp.set_cookie("remember", value)\n    return resp\n`,
      lines: [4],
    },
    {
      name: "a random value that names an uploaded file",
      code: `import os\nimport random\n\ndef store(upload, folder):\n    stem = "".join(random.choices("abcdef0123456789", k=16))\n    upload.save(os.path.join(folder, stem + ".png"))\n`,
      lines: [5],
    },
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
