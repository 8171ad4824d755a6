export { rateApplication, getRating, rectificationQueue, replyToRectification, satisfaction, ratingLevels, RECTIFICATION_DAYS } from './service.js';
export type { RatingLevel, RatingView, SatisfactionRow } from './service.js';
export { feedbackRoutes } from './routes.js';
export { feedbackEvents } from './events.js';
export type { FeedbackEvents } from './events.js';
