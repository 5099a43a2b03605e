const VERSION = /^v(\d+)*\.(\d+)\.(\d+)$/;

class ReleaseFilter {
  constructor(tags) {
    this.tags = tags;
  }

  releases() {
    return this.tags.filter((t) => VERSION.test(t));  // cg-expect: CWE-1333
  }
}

module.exports = ReleaseFilter;
