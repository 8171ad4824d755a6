// The shapes the pages read from the API (the server's OpenAPI document is the reference).
import type { Bilingual } from './api';

export interface JsonSchema {
  type?: string; title?: string; properties?: Record<string, JsonSchema>; required?: string[]; enum?: unknown[]; format?: string;
  pattern?: string; minLength?: number; maxLength?: number; minimum?: number; maximum?: number; items?: JsonSchema; description?: string;
  'x-sections'?: { key: string; title: Bilingual }[]; 'x-prefill'?: Record<string, string>;
  'x-labels'?: Record<string, Bilingual>; if?: JsonSchema; then?: JsonSchema; allOf?: JsonSchema[]; const?: unknown;
}
export interface EligibilityCondition {
  text: Bilingual; rule?: { pointer: string; ageAtLeast?: number; ageBelow?: number; oneOf?: (string | number | boolean)[] };
}
export interface Material {
  code: string; name: Bilingual; required: boolean; core?: boolean; description?: Bilingual; certificateTypes?: string[]; exchangeSource?: string;
  upload?: { accept: string[]; maxBytes: number };
  /** At a window: how the walk-in's paper is taken (unset: a scan where it can be uploaded). */
  paperAccepted?: 'scan' | 'original_seen' | 'either';
}
export interface ItemDefinition {
  code: string; name: Bilingual; summary: Bilingual; type: string; department: string; regions: string[];
  legalBasis: { title: string; article?: string }[]; timeLimits: { statutoryDays: number; committedDays: number };
  fees: { name: Bilingual; amountYuan: number; basis?: string }[]; channels: string[]; applicantTypes: string[]; materials: Material[];
  form: JsonSchema; workflow: { acceptance: string; stages: { name: Bilingual; tasks: { department: string; name: Bilingual; timeLimitDays: number }[] }[]; resultCertificateType?: string;
    allowCommitment?: boolean; allowTolerance?: boolean; toleranceDays?: number };
  faq?: { q: Bilingual; a: Bilingual }[];
  eligibility?: EligibilityCondition[];
}
export interface SharedField { name: string; label: Bilingual; schema: JsonSchema; mapsTo: { item: string; pointer: string }[]; required?: boolean; section?: string; prefill?: string }
export interface BundleDefinition {
  code: string; name: Bilingual; summary: Bilingual; items: string[]; sharedFields: SharedField[];
  sections?: { key: string; title: Bilingual }[];
  presets?: { item: string; pointer: string; value: unknown }[];
  materialHolders?: { material: string; field: string; equals: string }[];
}
export interface Published<D> { code: string; version: number; versionId: string; publishedAt: string; definition: D }
export interface CatalogSummary { code: string; kind: string; name: Bilingual; summary: Bilingual; department: string | null; topics?: string[]; applicantTypes?: string[] }
export interface BundleGuide {
  bundle: Published<BundleDefinition>;
  items: { code: string; name: Bilingual; department: string; committedDays: number; channels: string[] }[];
  materials: (Material & { neededBy: string[] })[];
}
export interface TimeLimit { light: string | null; remainingWorkingDays: number | null; paused: boolean }
export interface Task {
  id: string; applicationId: string; stage: number; departmentId: string; departmentCode: string; name: Bilingual; status: string;
  dueOn: string | null; decidedAt: string | null; reason: string | null; timeLimit: TimeLimit; assigneeAccountId: string | null;
}
export interface Application {
  id: string; number: string | null; itemCode: string; bundleApplicationId: string | null; bundleNumber?: string | null; status: string; channel: string;
  applicant: { personId: string; enterpriseId: string | null; name: string }; formData: Record<string, unknown>;
  /** Sensitive fields the server sent masked (JSON pointers into formData); each is revealed by a logged action. */
  maskedFields?: string[];
  /** whether this reader may reveal a masked field */
  canReveal?: boolean;
  submittedAt: string | null; decidedAt: string | null; decisionReason: string | null; dueOn: string | null; timeLimit: TimeLimit;
  materials: { code: string; source: string; fileId: string | null }[]; tasks: Task[];
  openSupplementRequest: { id: string; requestedAt: string; items: { target: string; reason: string }[] } | null;
  prefilled?: { pointer: string; source: string }[];
}
export interface TimelineEntry { at: string; actor: string; kind: string; message: Bilingual }

/** 预约 and 取号 (the appointments module). */
export interface AppointmentView {
  id: string; status: 'booked' | 'cancelled' | 'checked_in'; day: string; start: string; startsAt: string; slotMinutes: number;
  hall: { id: string; name: Bilingual; address: string }; window: { id: string; number: string; name: Bilingual }; item: { code: string; name: Bilingual };
  ticket: { id: string; number: string; status: string } | null;
  checkInOpen: boolean;
}
export interface TicketView {
  id: string; number: string; kind: 'appointment' | 'walk_in'; status: 'waiting' | 'called' | 'served' | 'no_show'; day: string;
  item: { code: string; name: Bilingual }; hall: { id: string; name: Bilingual }; window: { id: string; number: string } | null;
  appointmentId: string | null; drawnAt: string; calledAt: string | null; finishedAt: string | null; waitedMinutes: number;
}
export interface WindowQueue {
  window: { id: string; number: string; name: Bilingual; hallId: string }; hall: { id: string; name: Bilingual };
  current: TicketView | null; waiting: TicketView[]; servedToday: number;
}
export interface HallSummary { id: string; name: Bilingual; regionCode: string; address: string; openingHours: string; hours: { opens: string; closes: string } }
export interface WindowSummary { id: string; hallId: string; number: string; name: Bilingual; departmentIds: string[] }
export interface SlotsView {
  hall: { id: string; name: Bilingual; address: string; openingHours: string; hours: { opens: string; closes: string } };
  item: { code: string; name: Bilingual };
  rules: { slotMinutes: number; perSlot: number; perWindowDay: number; perPersonLive: number; horizonDays: number };
  days: { day: string; working: boolean; slots: { start: string; end: string; windows: { windowId: string; number: string; name: Bilingual; left: number }[] }[] }[];
}
