const jwt = require('jsonwebtoken');

const JWT_SECRET = 'x9$Kp2!vQ7rT#mW4zL8nB1cY6hJ3dF0s'; // cg-expect: CWE-798

function issue(user) {
  return jwt.sign({ sub: user.id, role: user.role }, JWT_SECRET, { algorithm: 'HS256', expiresIn: '1h' });
}

function verify(token) {
  return jwt.verify(token, JWT_SECRET, { algorithms: ['HS256'] });
}

module.exports = { issue, verify };
