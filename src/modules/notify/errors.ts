// Notify errors: stable codes, Chinese and English, and the field to blame.
import { invalidField, notFound } from '../../platform/errors.js';

export const messageNotFound = () => notFound({ zh: '消息', en: 'message' });

export const emailInvalid = () => invalidField('/email', 'notify.email_invalid',
  { zh: '电子邮箱地址格式不正确', en: 'The e-mail address is not valid' });

export const emailMissing = () => invalidField('/emailEnabled', 'notify.email_missing',
  { zh: '开启邮件通知前，请先填写电子邮箱地址', en: 'Give an e-mail address before turning on e-mail notifications' });

export const phoneMissing = () => invalidField('/smsEnabled', 'notify.phone_missing',
  { zh: '您的账号没有登记手机号码，无法开启短信通知', en: 'There is no mobile number on your record, so text messages cannot be turned on' });

export const cursorUnknown = () => invalidField('query:/before', 'notify.cursor_unknown',
  { zh: '分页位置无效：没有这条消息', en: 'The page position is invalid: there is no such message' }, 400);
