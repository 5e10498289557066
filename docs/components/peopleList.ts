// The enrolled people as cards, kept in step with the face store: on every store change, cards of new
// people are added, removed people's cards go, and the others only refresh their thumbnails.
import { msg } from "./i18n.js";
import { personCard, type CardFace, type CardPerson, type PersonActions, type PersonCard } from "./personCard.js";

export interface ListStore {
  people(): Promise<CardPerson[]>;
  faces(): Promise<(CardFace & { personId: string })[]>;
  addEventListener(type: "change", listener: () => void): void;
  removeEventListener(type: "change", listener: () => void): void;
}

export function peopleList(store: ListStore, actions: PersonActions): HTMLElement {
  const root = Object.assign(document.createElement("div"), { className: "people-list" });
  const empty = Object.assign(document.createElement("p"), { className: "muted", textContent: msg.database.nobody });
  const cards = new Map<string, PersonCard>();
  let ticket = 0;
  const update = async () => {
    const mine = ++ticket;
    const [people, faces] = await Promise.all([store.people(), store.faces()]);
    if (mine !== ticket) return; // a later change is already being shown
    for (const [id, card] of cards)
      if (!people.some((p) => p.id === id)) {
        card.remove();
        cards.delete(id);
      }
    for (const p of people) {
      let card = cards.get(p.id);
      if (!card) {
        // people come oldest first, so a new person's card goes last
        card = personCard(p, actions);
        cards.set(p.id, card);
        root.append(card);
      }
      card.setFaces(faces.filter((f) => f.personId === p.id));
    }
    empty.hidden = people.length > 0;
  };
  root.append(empty);
  store.addEventListener("change", update);
  actions.invalidation?.then(() => store.removeEventListener("change", update));
  void update();
  return root;
}
