/**
 * The scene: a diagram as positioned shapes and text, independent of any renderer.
 * Layouts produce scenes; `sceneToSvg` and the React `SceneSvg` draw them identically.
 */

/** Every diagram Ascent draws. */
export type DiagramKind =
  | "levels"
  | "axis"
  | "zigzag"
  | "diagonal"
  | "person"
  | "team"
  | "pipeline"
  | "timeline"
  | "permission"
  | "chain";

export type Theme = "light" | "dark";

/** A point in scene units (pixels at scale 1). */
export interface Point {
  readonly x: number;
  readonly y: number;
}

/** Stroke settings shared by outlined shapes. */
export interface Stroke {
  readonly stroke?: string;
  readonly strokeWidth?: number;
  /** SVG dash pattern, e.g. "4 3". */
  readonly dash?: string;
}

export interface RectNode extends Stroke {
  readonly type: "rect";
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly rx?: number;
  readonly fill: string;
}

export interface CircleNode extends Stroke {
  readonly type: "circle";
  readonly cx: number;
  readonly cy: number;
  readonly r: number;
  readonly fill: string;
}

/** A closed shape: diamonds, arrowheads, areas. */
export interface PolygonNode extends Stroke {
  readonly type: "polygon";
  readonly points: readonly Point[];
  readonly fill: string;
}

/** An open line through points, drawn with round joins and caps. */
export interface PolylineNode extends Stroke {
  readonly type: "polyline";
  readonly points: readonly Point[];
  readonly stroke: string;
  readonly strokeWidth: number;
}

export type TextAnchor = "start" | "middle" | "end";
export type FontWeight = 400 | 600 | 700;

/** One line of text; `background` is the colour drawn behind it, so contrast can be checked. */
export interface TextNode {
  readonly type: "text";
  readonly x: number;
  /** Baseline. */
  readonly y: number;
  readonly text: string;
  readonly size: number;
  readonly weight: FontWeight;
  readonly fill: string;
  readonly anchor: TextAnchor;
  readonly background: string;
}

/** A group; `tooltip` becomes a `<title>` child (the full text of a shortened label, a mark's name). */
export interface GroupNode {
  readonly type: "group";
  readonly tooltip?: string;
  /** Marks the group's role for tests and styling, e.g. "stage", "person". */
  readonly role?: string;
  /** The id of what the group stands for (stage id, person id), written as `data-id`. */
  readonly dataId?: string;
  readonly children: readonly SceneNode[];
}

export type SceneNode = RectNode | CircleNode | PolygonNode | PolylineNode | TextNode | GroupNode;

/** A complete diagram, ready to render. */
export interface Scene {
  readonly kind: DiagramKind;
  /** Prefix of the title/desc element ids (caller-supplied, so ids are unique and deterministic). */
  readonly idPrefix: string;
  readonly theme: Theme;
  readonly width: number;
  readonly height: number;
  readonly background: string;
  /** Short accessible name. */
  readonly title: string;
  /** One or two sentences that say what the picture shows. */
  readonly desc: string;
  /** The plain-text equivalent, line by line, for screen readers and reports. */
  readonly text: readonly string[];
  readonly nodes: readonly SceneNode[];
}
