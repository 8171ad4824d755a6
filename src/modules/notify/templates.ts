// Message templates: every message a person receives, in Chinese first and English, keyed by a stable name. The
// inbox stores the rendered text, so a template edited later never rewrites a message someone already has.
// Placeholders: `{name}` takes the param as it is (a `{ zh, en }` param gives each language its own text);
// `{name:date}` takes an ISO date or date-time and writes the calendar day in China Standard Time.
import type { Bilingual } from '../../platform/errors.js';

export type Language = 'zh' | 'en';
export type ParamValue = string | number | Bilingual;
export type TemplateParams = Record<string, ParamValue>;

interface Template {
  title: Bilingual;
  body: Bilingual;
}

const template = (title: Bilingual, body: Bilingual): Template => ({ title, body });

export const templates = {
  'account.welcome': template(
    { zh: '欢迎使用通办', en: 'Welcome to Tongban' },
    { zh: '{name}，您好！您的通办账号已开通。您可以在网上查找政务服务事项、提交申请、查看办理进度，办理结果会送到您的消息箱。',
      en: 'Hello {name}, your Tongban account is ready. You can find government services, apply online and follow your applications; results arrive in your inbox.' },
  ),
  // Someone registered online with this person's ID number (issue 13 item 5): nothing was created; the owner is told.
  'account.registration_attempted': template(
    { zh: '有人尝试用您的身份号码注册账号', en: 'Someone tried to register with your ID number' },
    { zh: '有人在网上尝试用您的公民身份号码注册通办账号。我们没有为其开通任何账号，也没有透露您的信息。如果是您本人，请直接登录，或携带身份证到政务服务窗口开通账号。',
      en: 'Someone tried to register a Tongban account online with your ID number. No account was opened and nothing about you was shown. If it was you, sign in, or open your account at a service window with your ID card.' },
  ),
  // To the agent (代办人): the principal is someone they know, so naming them tells nothing new.
  'delegation.granted': template(
    { zh: '您获得了一项代办授权', en: 'You may now act for {principalName}' },
    { zh: '{principalName} 授权您代其办理政务服务事项，有效期至 {validUntil:date}。授权范围可在“代办授权”中查看，您也可以在那里谢绝。',
      en: '{principalName} has authorised you to act for them until {validUntil:date}. See what you may do under Delegations, where you can also decline.' },
  ),
  // Sent however the authorisation ended (revoked by the principal or declined by the agent): the wording fits both.
  'delegation.revoked': template(
    { zh: '代办授权已终止', en: 'An authorisation has ended' },
    { zh: '您代 {principalName} 办事的授权已终止，此后不能再以其名义办理事项。',
      en: 'Your authorisation to act for {principalName} has ended; you can no longer act on their behalf.' },
  ),
  'enterprise_agent.authorized': template(
    { zh: '您已成为企业经办人', en: 'You are now an agent of {enterpriseName}' },
    { zh: '{enterpriseName} 授权您作为经办人代表企业办理政务服务事项，有效期至 {validUntil:date}。',
      en: '{enterpriseName} has authorised you to act for it as its agent until {validUntil:date}.' },
  ),
  'application.submitted': template(
    { zh: '申请已提交', en: 'Application submitted' },
    { zh: '您申请的“{itemName}”（办件编号 {applicationNo}）已提交，请等待受理。',
      en: 'Your application for {itemName} (reference {applicationNo}) has been submitted and is waiting to be accepted.' },
  ),
  'application.accepted': template(
    { zh: '申请已受理', en: 'Application accepted' },
    { zh: '您申请的“{itemName}”（办件编号 {applicationNo}）已受理，承诺于 {dueDate:date} 前办结。',
      en: 'Your application for {itemName} (reference {applicationNo}) has been accepted and will be decided by {dueDate:date}.' },
  ),
  // 补正: the time limit stops while the applicant supplies what is missing.
  'application.supplement_requested': template(
    { zh: '请补正申请材料', en: 'More documents needed' },
    { zh: '您申请的“{itemName}”（办件编号 {applicationNo}）需要补正材料：{reason}。补正期间办理时限暂停计算。',
      en: 'Your application for {itemName} (reference {applicationNo}) needs more documents: {reason}. The time limit is paused until you supply them.' },
  ),
  'application.approved': template(
    { zh: '申请已获批准', en: 'Application approved' },
    { zh: '您申请的“{itemName}”（办件编号 {applicationNo}）已审批通过并办结，办理结果可在办件详情中查看。欢迎对本次服务作出评价（好差评）。',
      en: 'Your application for {itemName} (reference {applicationNo}) has been approved and is complete; the result is on the application page. Please rate the service you received.' },
  ),
  // A refusal names the remedies the law gives (行政复议法, 行政诉讼法).
  'application.rejected': template(
    { zh: '申请未获批准', en: 'Application not approved' },
    { zh: '您申请的“{itemName}”（办件编号 {applicationNo}）未获批准，理由：{reason}。如有异议，可依法申请行政复议或者提起行政诉讼。欢迎对本次服务作出评价（好差评）。',
      en: 'Your application for {itemName} (reference {applicationNo}) was not approved. Reason: {reason}. If you disagree, you may apply for administrative reconsideration or bring an administrative lawsuit. Please rate the service you received.' },
  ),
  'application.completed': template(
    { zh: '办件已办结', en: 'Application completed' },
    { zh: '您申请的“{itemName}”（办件编号 {applicationNo}）已办结，办理结果可在办件详情中查看。',
      en: 'Your application for {itemName} (reference {applicationNo}) is complete; the result is on the application page.' },
  ),
  'rating.invited': template(
    { zh: '请评价本次服务', en: 'How did we do?' },
    { zh: '您的“{itemName}”（办件编号 {applicationNo}）已办结，欢迎对本次服务作出评价（好差评）。',
      en: 'Your application for {itemName} (reference {applicationNo}) is complete. Please rate the service you received.' },
  ),
  // 限时办结 alerts for a department's reviewers and admins (until supervision, 督办, has its own module).
  'staff.task_overdue': template(
    { zh: '审核任务已超期', en: 'Review task overdue' },
    { zh: '办件 {applicationNo} 在本部门的审核任务已超过办理时限（{dueDate:date}），请尽快处理。',
      en: 'Your department\'s review task on case {applicationNo} is past its time limit ({dueDate:date}). Please deal with it now.' },
  ),
  'staff.case_overdue': template(
    { zh: '办件已超过承诺时限', en: 'Case past its committed time limit' },
    { zh: '办件 {applicationNo} 已超过承诺办结时限（{dueDate:date}），请尽快办结。',
      en: 'Case {applicationNo} is past the time limit committed to the applicant ({dueDate:date}). Please complete it now.' },
  ),
  'staff.tolerance_overdue': template(
    { zh: '容缺材料逾期未补', en: 'Deferred materials not handed in' },
    { zh: '办件 {applicationNo} 容缺受理的材料未在 {dueDate:date} 前补交，请跟进。',
      en: 'The deferred materials of case {applicationNo} were not handed in by {dueDate:date}. Please follow it up.' },
  ),
  // 差评: a bad rating opened a rectification; the department's admins answer it.
  'staff.bad_rating': template(
    { zh: '收到差评，请整改', en: 'A bad rating to answer' },
    { zh: '本部门办结的办件收到不满意评价，已生成整改任务，请在 {dueDate:date} 前答复评价人。',
      en: 'A case your department completed was rated as unsatisfactory. A rectification is open: please answer the rater by {dueDate:date}.' },
  ),
  // 差评整改: the department answers a bad rating with what it has put right.
  'rectification.replied': template(
    { zh: '您的评价已有整改答复', en: 'Reply to your rating' },
    { zh: '您对“{itemName}”服务的评价，相关部门已作出整改答复，请查看并告诉我们您是否满意。',
      en: 'The department has replied to your rating of {itemName} with what it has put right. Please read it and tell us whether you are satisfied.' },
  ),
  // 政策找人: a published policy found the person; the message says which conditions they meet.
  'policy.matched': template(
    { zh: '您可能符合“{policyName}”', en: 'You may qualify for {policyName}' },
    { zh: '根据您的信息，您符合“{policyName}”的条件：{conditions}。{nextStep}',
      en: 'From what we know about you, you meet the conditions of {policyName}: {conditions}. {nextStep}' },
  ),
  // 免申即享: granted without an application unless the person opts out by the date.
  'policy.grant_pending': template(
    { zh: '“{policyName}”将为您免申办理', en: '{policyName} will be granted to you without applying' },
    { zh: '您符合“{policyName}”的条件：{conditions}。无需申请，系统将于 {grantDate:date} 自动为您办理；如不需要，可在此之前选择退出。',
      en: 'You meet the conditions of {policyName}: {conditions}. You need not apply: it will be granted on {grantDate:date}. If you do not want it, opt out before then.' },
  ),
  // 无感智办: an event prepared a service for the person, with what we know filled in.
  'policy.service_prepared': template(
    { zh: '已为您准备好“{serviceName}”', en: '{serviceName} is ready for you' },
    { zh: '{reason}。我们已为您准备好“{serviceName}”并预填了已知信息，确认后即可提交。',
      en: '{reason}. We have prepared {serviceName} with what we already know filled in; confirm it to submit.' },
  ),
} satisfies Record<string, Template>;

export type TemplateName = keyof typeof templates;

export const templateNames = Object.keys(templates) as TemplateName[];

export const isTemplateName = (name: string): name is TemplateName => Object.hasOwn(templates, name);

export interface RenderedMessage {
  title: Bilingual;
  body: Bilingual;
}

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9_]*)(?::(date))?\}/g;

// Dates are shown as the calendar day in China: a time limit ending 2026-04-01T00:30+08:00 is due on 1 April,
// not on 31 March as UTC would say.
const dateFormats: Record<Language, Intl.DateTimeFormat> = {
  zh: new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: 'long', day: 'numeric' }),
  en: new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', year: 'numeric', month: 'long', day: 'numeric' }),
};

/** The placeholder names a text uses, for checks and tests. */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1]!);
}

function fill(name: TemplateName, text: string, language: Language, params: TemplateParams): string {
  return text.replace(PLACEHOLDER, (_all, key: string, kind: 'date' | undefined) => {
    const value = Object.hasOwn(params, key) ? params[key] : undefined;
    // A missing param is a bug in the caller, not something a person should ever see as "{name}".
    if (value === undefined || value === null) throw new Error(`Template ${name} needs the param {${key}}`);
    const text = typeof value === 'object' ? value[language] : String(value);
    if (typeof text !== 'string') throw new Error(`Template ${name}: param {${key}} has no ${language} text`);
    if (kind !== 'date') return text;
    const date = new Date(text);
    if (Number.isNaN(date.getTime())) throw new Error(`Template ${name}: param {${key}} is not a date`);
    return dateFormats[language].format(date);
  });
}

/** Renders both languages. Throws on an unknown template or a missing param: both are programming errors. */
export function renderTemplate(name: string, params: TemplateParams): RenderedMessage {
  if (!isTemplateName(name)) throw new Error(`No message template named ${name}`);
  const t: Template = templates[name];
  return {
    title: { zh: fill(name, t.title.zh, 'zh', params), en: fill(name, t.title.en, 'en', params) },
    body: { zh: fill(name, t.body.zh, 'zh', params), en: fill(name, t.body.en, 'en', params) },
  };
}
