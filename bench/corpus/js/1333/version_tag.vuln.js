const VERSION = /^v(\d+)*\.(\d+)\.(\d+)$/;  // cg-expect: CWE-1333

class ReleaseFilter {
  constructor(tags) {
    this.tags = tags;
  }

  releases() {
    return this.tags.filter((t) => VERSION.test(t));
  }
}

module.exports = ReleaseFilter;
