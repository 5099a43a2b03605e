

class StateStore {
  constructor(storage) {
    this.storage = storage;
  }

  restore(req) {
    const snapshot = req.body.snapshot;
    const state = JSON.parse(snapshot);
    this.storage.set(req.user.id, state);
    return state;
  }
}

module.exports = StateStore;
