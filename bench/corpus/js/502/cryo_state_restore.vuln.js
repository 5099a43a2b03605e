const Cryo = require("cryo");

class StateStore {
  constructor(storage) {
    this.storage = storage;
  }

  restore(req) {
    const snapshot = req.body.snapshot;
    const state = Cryo.parse(snapshot);  // cg-expect: CWE-502
    this.storage.set(req.user.id, state);
    return state;
  }
}

module.exports = StateStore;
