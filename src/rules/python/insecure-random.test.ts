import { testRule } from "../rule-tester.js";
import rule from "./insecure-random.js";

testRule(rule, {
  valid: [
    {
      name: "a closure in a factory of colours, and a code with no constant-time check in the file",
      code: `import random\n\ndef colour_factory(palette):\n    def make():\n        return random.choice(palette)\n    return make\n\ndef _area_code():\n    return random.choice(["020", "0161"])\n\ndef fake_number():\n    code = _area_code()\n    return code + str(random.randint(100000, 999999))\n`,
    },
    {
      name: "the clock as an expiry beside a token, and in a JWT's exp claim",
      code: `import time\nimport secrets\nimport jwt\n\ndef issue():\n    token = secrets.token_urlsafe(32)\n    token_expires = time.time() + 900\n    access_token = jwt.encode({"exp": int(time.time()) + 60}, "k")\n    return token, token_expires, access_token\n`,
    },
    {
      name: "the clock in a cache key",
      code: `import hashlib\nimport time\n\ndef cache_key(path):\n    bucket = hashlib.sha256(f"{path}:{int(time.time()) // 60}".encode()).hexdigest()\n    return bucket\n`,
    },
    {
      name: "a helper's random value whose callers make nothing secret",
      code: `import random\n\ndef _pick(items):\n    return random.choice(items)\n\ndef banner(items):\n    colour = _pick(items)\n    return colour\n`,
    },
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
      name: "a key factory's closure that makes keys with getrandbits",
      code: `import random\n\ndef key_factory(prefix):\n    def make():\n        return prefix + "%032x" % random.getrandbits(128)\n    return make\n`,
      lines: [5],
    },
    {
      name: "a code helper in a module that checks codes with compare_digest",
      code: `import hmac\nimport random\n\n_CODES = {}\n\ndef _new_code():\n    return f"{random.randrange(0, 1_000_000):06d}"\n\ndef issue(user_id):\n    _CODES[user_id] = _new_code()\n\ndef check(user_id, given):\n    return hmac.compare_digest(_CODES.get(user_id, ""), given)\n\ndef other(user_id):\n    code = random.randint(0, 9999)\n    _CODES[user_id] = str(code)\n`,
      lines: [7, 16],
    },
    {
      name: "a CSRF token hashed from the user id and the clock",
      code: `import hashlib\nimport time\n\ndef issue(session, uid):\n    token = hashlib.sha256(f"{uid}:{time.time()}".encode()).hexdigest()\n    session["csrf"] = token\n    return token\n`,
      lines: [5],
    },
    {
      name: "an invite code from random.choice",
      code: `import random\nimport string\n\ndef generate_invite_code(length=10):\n    return "".join(random.choice(string.ascii_uppercase) for _ in range(length))\n`,
      lines: [5],
    },
    {
      name: "a helper whose caller makes an API key of what it returns",
      code: `import random\n\ndef _generate():\n    return "sk_" + format(random.getrandbits(160), "040x")\n\ndef create_api_key(user_id):\n    key = _generate()\n    return key\n`,
      lines: [4],
    },
    {
      name: "a reset-code service",
      code: `import random\n\nclass ResetCodeService:\n    def generate(self):\n        return f"{random.randint(0, 999999):06d}"\n`,
      lines: [5],
    },
    {
      name: "an OAuth state from random bytes",
      code: `import base64\nimport random\n\nAUTHORIZE_URL = "https://example.com/oauth/authorize"\n\ndef new_state():\n    return base64.urlsafe_b64encode(random.randbytes(24)).decode()\n`,
      lines: [7],
    },
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
