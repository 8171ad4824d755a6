// JSON the page carries in script elements of type application/json (never run, so the CSP allows them).

/** The data of a page the server rendered, for the browser's first render. */
export const SERVER_STATE_ID = 'tongban-state';
/** The chunks boot.ts loads after the first paint (written into index.html at build time). */
export const BOOT_CHUNKS_ID = 'tongban-boot-chunks';
