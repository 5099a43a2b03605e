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
    {
      name: "one finding for 3DES in ECB mode built in one call",
      code: `from Crypto.Cipher import DES3\n\ndef enc(key, data):\n    cipher = DES3.new(key[:24], DES3.MODE_ECB)\n    return cipher.encrypt(data)\n`,
      lines: [4],
    },
    {
      name: "the decrypt side rebuilding the same cipher is not a second finding",
      code: `from Crypto.Cipher import AES\n\ndef seal(key, data):\n    cipher = AES.new(key[:32], AES.MODE_ECB)\n    return cipher.encrypt(data)\n\ndef unseal(key, blob):\n    cipher = AES.new(key[:32], AES.MODE_ECB)\n    return cipher.decrypt(blob)\n`,
      lines: [4],
    },
    {
      name: "a different weak cipher elsewhere in the file is still reported",
      code: `from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes\nfrom Crypto.Cipher import ARC4\n\ndef a(key):\n    return Cipher(algorithms.AES(key), modes.ECB()).encryptor()\n\ndef b(key):\n    return Cipher(algorithms.AES(key), modes.ECB()).decryptor()\n\ndef c(key):\n    return ARC4.new(key)\n`,
      lines: [5, 11],
    },
  ],
});
