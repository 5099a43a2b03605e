import { Router, urlencoded } from 'express';
import { readAssertion } from '../saml/parse';

const router = Router();

router.post('/sso/acs', urlencoded({ extended: false, limit: '512kb' }), (req, res) => {
  const encoded = String(req.body?.SAMLResponse ?? '');
  if (!encoded) {
    return res.status(400).send('missing SAMLResponse');
  }
  try {
    const xml = Buffer.from(encoded, 'base64').toString('utf8');
    const assertion = readAssertion(xml);
    // signature validation happens in the next middleware (omitted from this slice)
    res.locals.assertion = assertion;
    res.redirect('/app');
  } catch {
    res.status(400).send('invalid SAML response');
  }
});

export default router;
