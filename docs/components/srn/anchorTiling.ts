// SRN's anchors tiled over a square input: each level's grid and anchor shapes, its share of all
// anchors, the total, and the share on the three fine levels P2–P4 (where STC runs).
import { anchorShares, tileLevels, type LevelTiling } from "facelab";

export interface AnchorTiling {
  levels: LevelTiling[];
  shares: { name: string; count: number; share: number }[];
  total: number;
  /** Share of all anchors on P2–P4. */
  lowShare: number;
}

/** The tiling of a `width` × `height` input. */
export function anchorTiling(width: number, height: number): AnchorTiling {
  const levels = tileLevels(width, height);
  const shares = anchorShares(levels);
  const total = shares.reduce((n, l) => n + l.count, 0);
  const lowShare = shares.slice(0, 3).reduce((s, l) => s + l.share, 0);
  return { levels, shares, total, lowShare };
}
