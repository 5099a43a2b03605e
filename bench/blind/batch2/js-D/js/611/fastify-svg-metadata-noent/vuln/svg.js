const libxmljs = require('libxmljs2');

const SVG_NS = { svg: 'http://www.w3.org/2000/svg' };

class SvgInspector {
  parse(buf) {
    return libxmljs.parseXml(buf.toString('utf8'), { noent: true, huge: true }); // cg-expect: CWE-611
  }

  inspect(buf) {
    const doc = this.parse(buf);
    const root = doc.root();
    const title = doc.get('//svg:title', SVG_NS);
    return {
      title: title ? title.text() : null,
      width: root.attr('width') ? root.attr('width').value() : null,
      height: root.attr('height') ? root.attr('height').value() : null,
      elements: doc.find('//*').length,
    };
  }
}

module.exports = { SvgInspector };
