export { submitApplication, createDraft, saveDraft, submitDraft, submitBundle, getBundle, withdrawApplication, answerSupplement, getApplication, getTimeline,
  listMyApplications, prefillForm, getCaseSummary } from './service.js';
export type { CaseSummary } from './service.js';
export { acceptByStaff, requestSupplement, claimTask, decideTask, taskQueue } from './review.js';
export type { ApplicationView, TaskView } from './views.js';
export { casesRoutes } from './routes.js';
