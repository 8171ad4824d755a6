export { storeFile, getFileMeta, readFile } from './service.js';
export type { FileMeta, FileSource, StoreFileInput, ReadOptions } from './service.js';
export { checkAccept, mediaTypes } from './media.js';
export type { AcceptRule, AcceptProblem, MediaType } from './media.js';
export { filesRoutes } from './routes.js';
