/**
 * Wires the entity alias table into the tokeniser. Imported once by each
 * shell (background, CLI) before any corpus is loaded.
 */
export {};
