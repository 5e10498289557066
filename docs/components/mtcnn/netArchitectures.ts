// The layers of MTCNN's three networks, counted from the weights the page loaded (not from constants):
// each at its own input size, and P-Net again on the page's pyramid level.
import { netLayers, type Mtcnn, type NetLayer, type PyramidLevel } from "facelab";

export interface NetArchitectures {
  pnet: NetLayer[];
  rnet: NetLayer[];
  onet: NetLayer[];
  /** P-Net on the chosen pyramid level, or null without one. */
  level: NetLayer[] | null;
}

/** The three nets' layers from `mtcnn`'s loaded weight shapes, and P-Net's on `level`. */
export function netArchitectures(mtcnn: Mtcnn, level: PyramidLevel | undefined): NetArchitectures {
  const pnetShapes = mtcnn.weightShapes("pnet");
  return {
    pnet: netLayers("pnet", pnetShapes),
    rnet: netLayers("rnet", mtcnn.weightShapes("rnet")),
    onet: netLayers("onet", mtcnn.weightShapes("onet")),
    level: level ? netLayers("pnet", pnetShapes, level.height, level.width) : null,
  };
}
