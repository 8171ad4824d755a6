// Files errors: stable codes, Chinese and English, and the field to blame ('/file', the multipart field).
import { AppError, notFound } from '../../platform/errors.js';
import { formatBytes, mediaLabel, mediaTypes } from './media.js';

export const FILE_FIELD = '/file';

const supported = mediaTypes.map(mediaLabel);

export const fileNotFound = () => notFound({ zh: '文件', en: 'file' });

export const fileMissing = () => new AppError({ code: 'files.file_missing', status: 400, field: FILE_FIELD,
  message: { zh: '请在表单字段 file 中上传一个文件', en: 'Upload one file in the form field "file"' } });

export const multipartRequired = () => new AppError({ code: 'files.multipart_required', status: 415, field: FILE_FIELD,
  message: { zh: '上传文件须使用 multipart/form-data，文件放在字段 file 中', en: 'Send the file as multipart/form-data, in the field "file"' } });

export const fileEmpty = () => new AppError({ code: 'files.empty', status: 422, field: FILE_FIELD,
  message: { zh: '文件是空的，请重新选择文件', en: 'The file is empty; choose the file again' } });

export const fileTooLarge = (maxBytes: number) => new AppError({ code: 'files.too_large', status: 413, field: FILE_FIELD,
  message: { zh: `文件不能超过 ${formatBytes(maxBytes)}`, en: `A file may be at most ${formatBytes(maxBytes)}` } });

export const fileTypeUnsupported = () => new AppError({ code: 'files.type_unsupported', status: 415, field: FILE_FIELD,
  message: { zh: `只能上传 ${supported.join('、')} 格式的文件（按文件内容判断，与扩展名无关）`,
    en: `Only ${supported.join(', ')} files can be uploaded (judged by the content, not the file name)` } });

export const fileTypeMismatch = (declared: string, detected: string) => new AppError({ code: 'files.type_mismatch', status: 415, field: FILE_FIELD,
  message: { zh: `文件声明为 ${declared}，但内容是 ${mediaLabel(detected)}`, en: `The file is declared as ${declared} but its content is ${mediaLabel(detected)}` } });

export const uploadIncomplete = (cause: unknown) => new AppError({ code: 'files.upload_incomplete', status: 400, field: FILE_FIELD, cause,
  message: { zh: '文件上传不完整，请重试', en: 'The upload was cut short or malformed; please try again' } });

export const tooManyParts = (cause: unknown) => new AppError({ code: 'files.too_many_parts', status: 413, field: FILE_FIELD, cause,
  message: { zh: '表单内容过多：每次只上传一个文件，放在字段 file 中', en: 'Too many parts: send one file per request, in the field "file"' } });

export const purposeRequired = () => new AppError({ code: 'files.purpose_required', status: 400, field: 'query:/purpose',
  message: { zh: '查阅他人上传的材料须说明用途（如办件编号或法律依据）', en: 'Reading another person\'s file needs a purpose (a case number or a legal basis)' } });

export const ownerNotAllowed = () => new AppError({ code: 'files.owner_not_allowed', status: 403,
  message: { zh: '您不能为此人上传材料', en: 'You may not upload materials for this person' } });

/** The bytes on disk no longer hash to what was stored: withheld, never served. Our fault, so a 5xx. */
export const fileCorrupt = (cause?: unknown) => new AppError({ code: 'files.integrity_failed', status: 500, cause,
  message: { zh: '文件存储校验失败，已停止提供该文件，请联系管理员', en: 'The stored file failed its integrity check and is withheld; please contact the administrator' } });
