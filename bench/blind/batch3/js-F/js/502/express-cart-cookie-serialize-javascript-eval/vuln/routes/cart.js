const express = require('express');
const cookieParser = require('cookie-parser');
const { dumpCart, loadCart } = require('../lib/cartState');
const router = express.Router();

router.use(cookieParser());

router.post('/cart/items', express.json(), (req, res) => {
  const cart = loadCart(req.cookies.cart);
  cart.items.push({ sku: String(req.body.sku), qty: Number(req.body.qty) || 1 });
  res.cookie('cart', dumpCart(cart), { httpOnly: true, secure: true, sameSite: 'lax' });
  res.json(cart);
});

module.exports = router;
