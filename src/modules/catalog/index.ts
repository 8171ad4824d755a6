export { importCatalog, getPublishedItem, getPublishedBundle, getItemVersion, listPublished, saveItemDraft, publishItemDraft, listItemVersions,
  searchCatalog, getBundleGuide } from './service.js';
export type { PublishedEntry, ImportResult, VersionView, BundleGuide } from './service.js';
export type { ItemDefinition, BundleDefinition } from './definition.js';
export { readCatalogFolder, CatalogFileError } from './load.js';
export type { CatalogProblem, CatalogFiles } from './load.js';
export { catalogRoutes } from './routes.js';
export { formDataIssues, formPointers } from './load.js';
export { sensitivePointers, paperWays } from './definition.js';
export { catalogEvents } from './events.js';
export type { CatalogEvents } from './events.js';
