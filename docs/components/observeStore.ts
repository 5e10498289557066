// Keeps a page cell in step with the face database: a callback for Framework's Generators.observe
// that reads the store now and again after each of its "change" events, and passes on a new value
// only when `key` says it differs from the last one.

/** The store's part in this: docs/components/faceStore.js's change events. */
export interface ChangeSource {
  addEventListener(type: "change", listener: () => void): void;
  removeEventListener(type: "change", listener: () => void): void;
}

/** `Generators.observe(observeStore(store, () => store.snapshot()))`; `key` picks what must change (default: the value). */
export function observeStore<T>(store: ChangeSource, read: () => Promise<T>, key: (value: T) => unknown = (value) => value) {
  return (notify: (value: T) => void): (() => void) => {
    let last: unknown = {}; // equals no key, so the first read always notifies
    const update = async () => {
      const value = await read();
      if (key(value) !== last) notify(value);
      last = key(value);
    };
    void update();
    store.addEventListener("change", update);
    return () => store.removeEventListener("change", update);
  };
}
