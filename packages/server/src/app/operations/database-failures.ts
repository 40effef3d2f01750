/**
 * The failures of opening, migrating or restoring a database that a person can cause or fix (an
 * unreachable server, a schema a newer Ascent wrote, a refused file): the edges show them as one line,
 * never as a crash, and reach them here rather than in the store.
 */
export { DatabaseUnreachableError } from "../../store/engine/database-unreachable.error.js";
export { StoreError } from "../../store/errors/store-error.js";
export { SchemaTooNewError } from "../../store/migrations/schema-too-new.error.js";
