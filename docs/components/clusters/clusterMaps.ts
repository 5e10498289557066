// The live map's faces twice, coloured by the group Chinese whispers found and by DBSCAN's (noise in
// grey), side by side on a wide screen; `show` recolours and redraws them for new groups or a new layout.
import type { LazyImage } from "../lazyImage.js";
import { faceMap, type FaceMapElement } from "../faceMap.js";
import { msg } from "../i18n.js";
import type { LfwSubset } from "../lfwSubset.js";

export function clusterMaps(
  subset: LfwSubset,
  sprite: LazyImage,
  width: number,
): HTMLElement & { show(cw: Int32Array, db: Int32Array, y: Float32Array): void } {
  const t = msg.clusters;
  const size = width < 700 ? Math.min(width, 480) : Math.floor((Math.min(width, 980) - 16) / 2);
  const map = (label: string) => faceMap({ ...subset, sprite }, { width: size, height: size, mode: "dots", facesFromZoom: 3, label });
  const cwMap = map(t.cwMapLabel),
    dbMap = map(t.dbMapLabel);
  const root = Object.assign(document.createElement("div"), { className: "small-multiples" });
  for (const [m, caption] of [
    [cwMap, t.chineseWhispers],
    [dbMap, t.dbscan],
  ] as [FaceMapElement, string][]) {
    const figure = document.createElement("figure");
    figure.append(m, Object.assign(document.createElement("figcaption"), { textContent: caption }));
    root.append(figure);
  }
  return Object.assign(root, {
    show(cw: Int32Array, db: Int32Array, y: Float32Array) {
      for (const [m, labels] of [
        [cwMap, cw],
        [dbMap, db],
      ] as [FaceMapElement, Int32Array][]) {
        m.colourBy(labels);
        m.update(y);
      }
    },
  });
}
