const libxmljs = require("libxmljs2");

class MetadataImporter {
  constructor(store) {
    this.store = store;
  }

  importFile(buffer) {
    const doc = libxmljs.parseXml(buffer.toString("utf8"), { noent: true, noblanks: true });  // cg-expect: CWE-611
    const title = doc.get("//title");
    return this.store.save({ title: title ? title.text() : "" });
  }
}

module.exports = MetadataImporter;
