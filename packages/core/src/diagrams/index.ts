/** Public API of the diagrams: layouts (data → scene), the SVG renderer, colours and text helpers. */

export type * from "./diagram-inputs.types.js";
export { DiagramInputError } from "./input/input-reader.js";
export { DIAGRAM_KINDS, isDiagramKind, renderDiagramFromJson } from "./input/read-diagram-input.js";
export { layoutAxis } from "./layouts/axis.layout.js";
export { layoutChain } from "./layouts/chain.layout.js";
export { layoutDiagonal } from "./layouts/diagonal.layout.js";
export { layoutLevels } from "./layouts/levels.layout.js";
export { layoutPermission } from "./layouts/permission.layout.js";
export { layoutPerson } from "./layouts/person.layout.js";
export { layoutPipeline } from "./layouts/pipeline.layout.js";
export { pipelineSeries } from "./layouts/pipeline-series.js";
export { layoutTeam, MAX_MARKS } from "./layouts/team.layout.js";
export { layoutTimeline } from "./layouts/timeline.layout.js";
export { layoutZigzag } from "./layouts/zigzag.layout.js";
export { contrastRatio, relativeLuminance, requiredContrast } from "./primitives/color.js";
export type { DiagramOptions } from "./primitives/diagram-options.js";
export { diagramText, textNodes } from "./primitives/diagram-text.js";
export { categorical, levelPaints, sequentialColors, themeColors } from "./primitives/palette.js";
export type * from "./primitives/scene.types.js";
export type { MarkupElement } from "./primitives/scene-markup.js";
export { DIAGRAM_FONT_FAMILY, sceneIds, sceneToMarkup } from "./primitives/scene-markup.js";
export { escapeXml, sceneToSvg } from "./primitives/scene-to-svg.js";
export { fitText, graphemes, textWidth } from "./primitives/text-measure.js";
