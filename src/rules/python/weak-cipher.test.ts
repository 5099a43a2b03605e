import { testRule } from "../rule-tester.js";
import rule from "./weak-cipher.js";

testRule(rule, {
  valid: [
    { name: "AES-GCM", code: `from Crypto.Cipher import AES\ncipher = AES.new(key, AES.MODE_GCM)\n` },
    {
      name: "Fernet",
      code: `from cryptography.fernet import Fernet\ntoken = Fernet(key).encrypt(b"data")\n`,
    },
  ],
  invalid: [
    {
      name: "TripleDES imported from cryptography's decrepit package",
      code: `import os\nfrom cryptography.hazmat.decrepit.ciphers.algorithms import TripleDES\nfrom cryptography.hazmat.primitives.ciphers import Cipher, modes\n\n\ndef cipher(key):\n    return Cipher(TripleDES(key), modes.CBC(os.urandom(8)))\n`,
      lines: [7],
    },
    {
      name: "DES and ARC4 from PyCryptodome",
      code: `from Crypto.Cipher import DES, ARC4\n\ndef enc(key, data):\n    a = DES.new(key, DES.MODE_CBC, iv)\n    b = ARC4.new(key)\n    return a.encrypt(data), b.encrypt(data)\n`,
      lines: [4, 5],
    },
    {
      name: "AES in ECB mode",
      code: `from Crypto.Cipher import AES\n\ndef seal(key, block):\n    return AES.new(key, AES.MODE_ECB).encrypt(block)\n`,
      lines: [4],
    },
    {
      name: "cryptography TripleDES and modes.ECB",
      code: `from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes\nc = Cipher(algorithms.TripleDES(key), modes.ECB())\n`,
      lines: [2],
    },
  ],
});
