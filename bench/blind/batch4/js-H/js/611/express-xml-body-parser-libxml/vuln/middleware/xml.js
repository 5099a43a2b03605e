const libxmljs = require('libxmljs');

function xmlBody(options = {}) {
  const parseOptions = { noent: options.expandEntities !== false, nonet: true };
  return (req, res, next) => {
    if (!req.is('text/xml') && !req.is('application/xml')) return next();
    let data = '';
    req.setEncoding('utf8');
    req.on('data', (c) => { data += c; });
    req.on('end', () => {
      try { req.xml = libxmljs.parseXml(data, parseOptions); next(); } catch (e) { next(e); } // cg-expect: CWE-611
    });
  };
}
module.exports = { xmlBody };
