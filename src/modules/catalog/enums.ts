// The catalog's closed lists, in one place for the server's item schema (definition.ts) and the web's item editor
// (web/src/staff/ItemSections.tsx): a plain module with no imports, so the browser bundle can take it as it is.
// A value added here is accepted by the API and offered by the editor at once.

/** 事项类型, after the national catalogue's categories. */
export const itemTypes = ['administrative_license', 'administrative_confirmation', 'administrative_payment', 'administrative_ruling',
  'administrative_reward', 'public_service', 'other_power'] as const;
export type ItemType = (typeof itemTypes)[number];

export const itemTypeNames: Record<ItemType, { zh: string; en: string }> = {
  administrative_license: { zh: '行政许可', en: 'Administrative licence' },
  administrative_confirmation: { zh: '行政确认', en: 'Administrative confirmation' },
  administrative_payment: { zh: '行政给付', en: 'Administrative payment' },
  administrative_ruling: { zh: '行政裁决', en: 'Administrative ruling' },
  administrative_reward: { zh: '行政奖励', en: 'Administrative reward' },
  public_service: { zh: '公共服务', en: 'Public service' },
  other_power: { zh: '其他行政权力', en: 'Other administrative power' },
};

/** How an application may arrive: online, at a window (窗口), by post (邮寄). */
export const channels = ['online', 'window', 'post'] as const;
export const applicantTypes = ['person', 'enterprise'] as const;
/** File types a material's upload may accept. */
export const uploadTypes = ['application/pdf', 'image/jpeg', 'image/png'] as const;
/** Acceptance (受理): instant for online applications that pass the checks, or by a clerk. */
export const acceptanceModes = ['instant', 'clerk'] as const;
