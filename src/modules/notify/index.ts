export { notify, listInbox, markRead, unreadCount, getPreferences, updatePreferences } from './service.js';
export type { NotifyInput, NotifyResult, InboxMessageView, InboxQuery, PreferencesView, PreferencesInput } from './service.js';
export { templateNames } from './templates.js';
export type { TemplateName, TemplateParams, ParamValue, Language } from './templates.js';
export type { Channel } from './channels.js';
export { registerNotify } from './subscriptions.js';
export { notifyRoutes } from './routes.js';
