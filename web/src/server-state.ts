// Where the server puts the data of a page it rendered: a JSON script element (not run, so the CSP allows it).
export const SERVER_STATE_ID = 'tongban-state';
