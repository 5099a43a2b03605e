import CryptoJS from 'crypto-js';

const PEPPER = process.env.PASSWORD_PEPPER || '';

export async function hashPassword(password) {
  return CryptoJS.SHA1(PEPPER + password).toString(CryptoJS.enc.Hex); // cg-expect: CWE-328
}

export async function checkPassword(password, stored) {
  return (await hashPassword(password)) === stored;
}
