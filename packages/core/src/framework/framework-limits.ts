/**
 * Limits a framework must respect. They keep every framework drawable (the diagrams lay out at most
 * 12 levels of at most 4 stages) and keep text short enough for the cards and labels that show it.
 */

/** The most levels a framework may have: the diagrams cannot draw more. */
export const MAX_LEVELS = 12;
/** The most stages a level may have: the diagrams cannot draw more side by side. */
export const MAX_STAGES_PER_LEVEL = 4;
/** The longest id (framework, level, stage, signal), in characters. */
export const MAX_ID_LENGTH = 64;
/** The longest name (framework, level, stage), in characters; names appear in labels and legends. */
export const MAX_NAME_LENGTH = 80;
/** The longest declared version string, in characters. */
export const MAX_VERSION_LENGTH = 64;
/** The longest one-line stage summary, in characters. */
export const MAX_SUMMARY_LENGTH = 200;
/** The longest signal, pitfall or action, in characters. */
export const MAX_ITEM_LENGTH = 400;
/** The longest description (framework, level, stage), in characters. */
export const MAX_DESCRIPTION_LENGTH = 4000;
/** The longest source text accepted, in characters; a framework is a few kilobytes, so this is generous. */
export const MAX_SOURCE_LENGTH = 1_000_000;

/** What an id may look like: lowercase letters, digits, "-", "." and "_", starting with a letter or digit. */
export const SLUG_PATTERN = /^[a-z0-9][a-z0-9._-]*$/;

/** The slug rule in words, for error messages. */
export const SLUG_RULE = 'lowercase letters a-z, digits 0-9, "-", "." and "_", starting with a letter or digit';
