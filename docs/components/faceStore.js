// The visitor's face database, kept in this browser's IndexedDB (database "facelab-faces"): people,
// faces (128-D embedding, small thumbnail, box, source, optional full photo) and the last trained
// model. Nothing here leaves the browser unless the user exports a file. Every write is one IndexedDB
// transaction, so an import or a removal happens entirely or not at all; an import is validated in
// full (facelab's parseDatabase) before the transaction that replaces the database starts.
//
//   const store = await openFaceStore();
//   const ada = await store.addPerson("Ada");                 // → {id, name, created}
//   await store.addFace(ada.id, {embedding, thumb, box, source});
//   await store.people(); await store.faces(); await store.faces(ada.id);
//   await store.removeFace(faceId); await store.removePerson(ada.id); // with their faces
//   await store.saveModel(json); await store.loadModel();     // any JSON object, or null
//   const file = await store.exportFile({includePhotos: false});
//   await store.importFile(file);                             // throws Error(message, {file, problem}) and changes nothing on a bad file
//   await store.clear();                                      // delete all data
//   store.addEventListener("change", () => …);                // after every write, in this tab
//   store.close();
import { checkFace, checkPersonName, exportDatabase, exportFileName, parseDatabase, FACEDB_LIMITS } from "facelab";

const DB_NAME = "facelab-faces";
const STORES = ["people", "faces", "meta"];

/** @template T @param {IDBRequest<T>} r @returns {Promise<T>} */
function result(r) {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

/** @param {IDBTransaction} tx @returns {Promise<void>} */
function committed(tx) {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error("the browser aborted the write"));
  });
}

function open(name) {
  const req = indexedDB.open(name, 1);
  req.onupgradeneeded = () => {
    const db = req.result;
    db.createObjectStore("people", { keyPath: "id" });
    db.createObjectStore("faces", { keyPath: "id" }).createIndex("personId", "personId");
    db.createObjectStore("meta");
  };
  return result(req).catch((err) => {
    const detail = String(err?.message ?? err);
    // `code` lets the page say it in its language (docs/components/database/facedbMessage.ts)
    throw Object.assign(new Error(`This browser refused local storage (${detail}); private windows may block IndexedDB.`), { code: "storage-refused", detail });
  });
}

/** A random id of 32 hex digits. */
function newId() {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, "0")).join("");
}

const byTime = (key) => (a, b) => a[key].localeCompare(b[key]);

/** Opens (creating if needed) the face store. `name` only for tests that want a separate database. */
export async function openFaceStore({ name = DB_NAME } = {}) {
  const db = await open(name);
  const events = new EventTarget();
  /** Runs `work(tx)` in one transaction over `stores`; resolves with its value once committed. */
  async function write(stores, work) {
    const tx = db.transaction(stores, "readwrite");
    const done = committed(tx);
    let value;
    try {
      value = await work(tx);
    } catch (err) {
      try {
        tx.abort();
      } catch {
        /* already finished */
      }
      await done.catch(() => {});
      throw err;
    }
    await done;
    events.dispatchEvent(new Event("change"));
    return value;
  }
  const read = (store, query) => result(db.transaction(store).objectStore(store).getAll(query));
  const people = async () => (await read("people")).sort(byTime("created"));
  const faces = async (personId) =>
    (await (personId === undefined ? read("faces") : result(db.transaction("faces").objectStore("faces").index("personId").getAll(personId)))).sort(
      byTime("added"),
    );
  const loadModel = async () => (await result(db.transaction("meta").objectStore("meta").get("model"))) ?? null;
  const snapshot = async () => ({ people: await people(), faces: await faces(), model: await loadModel() });
  const store = {
    people,
    faces,
    loadModel,
    snapshot,
    /** Adds a person; the name is trimmed and checked (not empty, ≤ 100 characters). */
    async addPerson(name) {
      const person = { id: newId(), name: checkPersonName(name), created: new Date().toISOString() };
      await write(["people"], (tx) => result(tx.objectStore("people").add(person)));
      return person;
    },
    /** Adds a face of an existing person: `{embedding, thumb, box, source, photo?}`. */
    async addFace(personId, { embedding, thumb, box, source, photo }) {
      const draft = {
        id: newId(),
        personId,
        embedding: Float32Array.from(embedding),
        thumb,
        box: [...box],
        source: String(source).slice(0, FACEDB_LIMITS.maxSourceLength),
        added: new Date().toISOString(),
        ...(photo ? { photo } : {}),
      };
      const face = checkFace(draft, new Set([personId]));
      await write(["people", "faces"], async (tx) => {
        if (!(await result(tx.objectStore("people").get(personId))))
          throw Object.assign(new Error("That person is no longer in the database."), { code: "person-gone" });
        await result(tx.objectStore("faces").add(face));
      });
      return face;
    },
    async removeFace(id) {
      await write(["faces"], (tx) => result(tx.objectStore("faces").delete(id)));
    },
    /** Removes a person and all their faces. */
    async removePerson(id) {
      await write(["people", "faces"], async (tx) => {
        const keys = await result(tx.objectStore("faces").index("personId").getAllKeys(id));
        for (const key of keys) tx.objectStore("faces").delete(key);
        await result(tx.objectStore("people").delete(id));
      });
    },
    /** Saves the trained model (any JSON object) with the database; null removes it. */
    async saveModel(json) {
      await write(["meta"], (tx) => result(json == null ? tx.objectStore("meta").delete("model") : tx.objectStore("meta").put(json, "model")));
    },
    /** The database as a versioned JSON file (full photos only when `includePhotos`). */
    async exportFile({ includePhotos = false } = {}) {
      const text = exportDatabase(await snapshot(), { includePhotos });
      return new File([text], exportFileName(), { type: "application/json" });
    },
    /**
     * Replaces the database with the one in `file`, after validating all of it. A bad file throws an
     * Error whose message names the file and the problem, and leaves the database as it was.
     */
    async importFile(file) {
      if (file.size > FACEDB_LIMITS.maxBytes) {
        const mb = (file.size / 2 ** 20).toFixed(1);
        const max = FACEDB_LIMITS.maxBytes / 2 ** 20;
        throw Object.assign(new Error(`${file.name}: the file is ${mb} MB, more than the limit of ${max} MB`), {
          file: file.name,
          problem: { path: "", code: "file-too-large", values: { mb, max } },
        });
      }
      const parsed = parseDatabase(await file.text());
      if (!parsed.ok) throw Object.assign(new Error(`${file.name}: ${parsed.error}`), { file: file.name, problem: parsed.problem });
      const { people, faces, model } = parsed.database;
      await write(STORES, (tx) => {
        STORES.forEach((s) => tx.objectStore(s).clear());
        people.forEach((p) => tx.objectStore("people").put(p));
        faces.forEach((f) => tx.objectStore("faces").put(f));
        if (model) tx.objectStore("meta").put(model, "model");
      });
      return parsed.database;
    },
    /** Deletes every person, face and model. */
    async clear() {
      await write(STORES, (tx) => STORES.forEach((s) => tx.objectStore(s).clear()));
    },
    addEventListener: events.addEventListener.bind(events),
    removeEventListener: events.removeEventListener.bind(events),
    close: () => db.close(),
  };
  return store;
}
