/**
 * @ascent/core/testing — fixtures the tests of other packages share with the core's own tests.
 * Not part of the public API: code that ships never imports it (a boundary rule checks this).
 */
export { type DiagramSample, diagramSamples } from "../diagrams/testing/diagram-samples.js";
