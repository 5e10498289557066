// The view of the pressed layer: the input image, a hidden layer's maps, or a head drawn for what it
// predicts, with a placeholder while there is nothing to show.
import type { NetLayer } from "facelab";
import { featureMaps } from "./featureMaps.js";
import { headView } from "./headView.js";
import type { LayerMaps } from "./layerMaps.js";
import type { NetInput } from "./netInput.js";
import { msg } from "../i18n.js";

/** `maps` of the layer of `layers` it names, or a line saying what to do when there are none. */
export function layerView(maps: LayerMaps | null, layers: readonly NetLayer[], input: NetInput | null, width: number): HTMLElement {
  if (!maps || !input) {
    const p = document.createElement("p");
    p.className = "muted maps-placeholder";
    p.textContent = msg.mtcnn.nothingOpen;
    return p;
  }
  const layer = layers.find((l) => l.name === maps.name);
  return layer?.head ? headView(maps, layer, input, width) : featureMaps(maps, layer, input, width);
}
