import bcrypt from 'bcryptjs';

const PEPPER = process.env.PASSWORD_PEPPER || '';

export async function hashPassword(password) {
  return bcrypt.hash(PEPPER + password, 12);
}

export async function checkPassword(password, stored) {
  return bcrypt.compare(PEPPER + password, stored);
}
