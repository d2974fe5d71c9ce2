/**
 * As in the page, where functions.js runs before the pane: the bundled catalog store is published
 * before any test module reads it.
 */
import "../src/functions/catalog-root";
