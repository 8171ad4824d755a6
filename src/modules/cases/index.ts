export { submitApplication, createDraft, saveDraft, submitDraft, submitBundle, getBundle, withdrawApplication, answerSupplement, getApplication, getTimeline,
  listMyApplications, prefillForm, getCaseSummary, supplyDeferredMaterials, revealField } from './service.js';
export type { CaseSummary } from './service.js';
export { acceptByStaff, requestSupplement, claimTask, decideTask, taskQueue, transferTask, assignTask } from './review.js';
export { registerCases } from './timers.js';
export { caseStatistics } from './statistics.js';
export type { CaseStatistics } from './statistics.js';
export type { ApplicationView, TaskView } from './views.js';
export { casesRoutes } from './routes.js';
export { materialOptions, reuseCertificate, caseReuse, reuseStatistics } from './once-only.js';
export type { MaterialOption, ReuseFigures } from './once-only.js';
export { applicationForAutomaticCheck, approveAutomatically, grantWithoutApplication, PLATFORM_ACCOUNT_ID } from './automatic.js';
export type { AutomaticCheckFacts, GrantInput } from './automatic.js';
export { staffCaseHoldingFile } from './file-access.js';
export type { StaffCase } from './file-access.js';
export { casesEvents } from './events.js';
export type { CasesEvents } from './events.js';
export { startBundleDraft } from './bundle-drafts.js';
export type { KnownFacts } from './bundle-drafts.js';
