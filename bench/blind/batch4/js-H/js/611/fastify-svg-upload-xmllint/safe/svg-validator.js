const libxmljs = require('libxmljs');

class SvgValidator {
  constructor(options = {}) {
    this.parseOptions = { nocdata: true, ...options, noent: false, nonet: true };
  }

  validate(buffer) {
    const doc = libxmljs.parseXml(buffer.toString('utf8'), this.parseOptions);
    const root = doc.root();
    if (!root || root.name() !== 'svg') throw new Error('not an svg');
    if (doc.find('//*[local-name()="script"]').length) throw new Error('scripts not allowed');
    return { width: root.attr('width') && root.attr('width').value(), title: doc.get('//*[local-name()="title"]')?.text() };
  }
}
module.exports = { SvgValidator };
