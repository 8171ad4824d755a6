// The facts rules may read (规则可用的事实). Each has a FEEL name, a type, a bilingual label and the column of the
// policies module's own facts table that holds it. Derived facts (an age) are computed from a stored date on the
// day of evaluation, in the interpreter and in SQL alike, so "年满 80 周岁" is true from the 80th birthday on.

export type FactType = 'number' | 'string' | 'boolean' | 'date';
export type SubjectKind = 'person' | 'enterprise';

export interface FactDefinition {
  name: string; // as written in FEEL
  type: FactType;
  label: { zh: string; en: string };
  column: string; // in person_facts / enterprise_facts
  /** Derived: full years from the stored date `column` to the evaluation day. */
  yearsSince?: true;
  values?: readonly string[]; // the closed set a string fact takes
  source: 'identity' | 'recorded';
}

const f = (name: string, type: FactType, column: string, zh: string, en: string, more: Partial<FactDefinition> = {}): FactDefinition =>
  ({ name, type, column, label: { zh, en }, source: 'recorded', ...more });

export const INCOME_BANDS = ['below_subsistence', 'low', 'lower_middle', 'middle', 'high'] as const;
export const EMPLOYMENT_STATUSES = ['employed', 'self_employed', 'flexible', 'unemployed', 'retired', 'student', 'none'] as const;
export const ENTERPRISE_SIZES = ['micro', 'small', 'medium', 'large'] as const; // 工信部联企业〔2011〕300号 size classes
export const TAX_CREDIT_GRADES = ['A', 'B', 'M', 'C', 'D'] as const; // 纳税信用级别

export const PERSON_FACTS: readonly FactDefinition[] = [
  f('age', 'number', 'birth_date', '年龄（周岁）', 'Age in full years', { yearsSince: true, source: 'identity' }),
  f('birthDate', 'date', 'birth_date', '出生日期', 'Date of birth', { source: 'identity' }),
  f('sex', 'string', 'sex', '性别', 'Sex', { values: ['male', 'female'], source: 'identity' }),
  f('householdRegion', 'string', 'household_region', '户籍地行政区划代码', 'Household registration region (GB/T 2260)', { source: 'identity' }),
  f('familySize', 'number', 'family_size', '家庭人口数', 'People in the household'),
  f('childrenCount', 'number', 'children_count', '子女数', 'Number of children'),
  f('youngestChildBirthDate', 'date', 'youngest_child_birth_date', '最小子女出生日期', 'Youngest child\'s date of birth'),
  f('youngestChildAge', 'number', 'youngest_child_birth_date', '最小子女年龄（周岁）', 'Youngest child\'s age in full years', { yearsSince: true }),
  f('incomePerCapita', 'number', 'income_per_capita', '家庭月人均收入（元）', 'Monthly household income per person (yuan)'),
  f('incomeBand', 'string', 'income_band', '收入档次', 'Income band', { values: INCOME_BANDS }),
  f('disabilityGrade', 'number', 'disability_grade', '残疾等级（1–4 级）', 'Disability grade (1 most severe … 4)'),
  f('employmentStatus', 'string', 'employment_status', '就业状态', 'Employment status', { values: EMPLOYMENT_STATUSES }),
  f('medicalInsured', 'boolean', 'medical_insured', '参加基本医疗保险', 'Covered by basic medical insurance'),
  f('pensionInsured', 'boolean', 'pension_insured', '参加基本养老保险', 'Covered by basic pension insurance'),
  f('pensionContributionYears', 'number', 'pension_contribution_years', '养老保险累计缴费年限', 'Years of pension contributions'),
  f('receivesSubsistence', 'boolean', 'receives_subsistence', '低保对象', 'Receives the minimum living allowance (低保)'),
  f('graduationDate', 'date', 'graduation_date', '毕业日期', 'Date of graduation'),
  f('yearsSinceGraduation', 'number', 'graduation_date', '毕业年限', 'Full years since graduation', { yearsSince: true }),
];

export const ENTERPRISE_FACTS: readonly FactDefinition[] = [
  f('region', 'string', 'region', '注册地行政区划代码', 'Registered region (GB/T 2260)', { source: 'identity' }),
  f('industryCode', 'string', 'industry_code', '国民经济行业分类代码（GB/T 4754）', 'Industry code (GB/T 4754)', { source: 'identity' }),
  f('registeredOn', 'date', 'registered_on', '成立日期', 'Date of registration', { source: 'identity' }),
  f('yearsSinceRegistration', 'number', 'registered_on', '成立年限', 'Full years since registration', { yearsSince: true, source: 'identity' }),
  f('enterpriseSize', 'string', 'enterprise_size', '企业规模', 'Enterprise size', { values: ENTERPRISE_SIZES }),
  f('taxCreditGrade', 'string', 'tax_credit_grade', '纳税信用级别', 'Tax credit grade', { values: TAX_CREDIT_GRADES }),
  f('employees', 'number', 'employees', '从业人数', 'Employees'),
  f('insuredEmployees', 'number', 'insured_employees', '参保职工人数', 'Employees covered by social insurance'),
  f('layoffRate', 'number', 'layoff_rate', '上年度裁员率（%）', 'Last year\'s layoff rate (%)'),
  f('highTech', 'boolean', 'high_tech', '高新技术企业', 'Certified high-tech enterprise'),
  f('annualRevenue', 'number', 'annual_revenue', '上年度营业收入（万元）', 'Last year\'s revenue (10,000 yuan)'),
  f('rdExpenseRatio', 'number', 'rd_expense_ratio', '研发费用占比（%）', 'R&D spending as a share of revenue (%)'),
  f('startupLoan', 'boolean', 'startup_loan', '获得创业担保贷款', 'Holds a start-up guaranteed loan'),
];

export const factsOf = (kind: SubjectKind): readonly FactDefinition[] => (kind === 'person' ? PERSON_FACTS : ENTERPRISE_FACTS);

export function factNamed(kind: SubjectKind, name: string): FactDefinition | undefined {
  return factsOf(kind).find((d) => d.name === name);
}

/** Recordable (not derived, not from identity) facts: what `recordFacts` accepts. */
export const recordableFacts = (kind: SubjectKind) => factsOf(kind).filter((d) => d.source === 'recorded' && !d.yearsSince);

/** Full years from an ISO date to another (a birthday on 29 February counts from 1 March in common years). */
export function fullYears(from: string, to: string): number {
  const [y1, m1, d1] = from.split('-').map(Number) as [number, number, number];
  const [y2, m2, d2] = to.split('-').map(Number) as [number, number, number];
  return y2 - y1 - (m2 < m1 || (m2 === m1 && d2 < d1) ? 1 : 0);
}

export type FactValue = number | string | boolean | null;
/** Facts of one subject as plain values, keyed by FEEL name; dates as 'YYYY-MM-DD'. */
export type FactRecord = Record<string, FactValue>;

/** Stored columns (snake_case, as read from the facts table) to facts by FEEL name, derived ones included. */
export function factsFromRow(kind: SubjectKind, row: Record<string, unknown>, today: string): FactRecord {
  const out: FactRecord = {};
  for (const d of factsOf(kind)) {
    const raw = row[d.column];
    if (raw === null || raw === undefined) { out[d.name] = null; continue; }
    if (d.yearsSince) { out[d.name] = fullYears(dateText(raw), today); continue; }
    out[d.name] = d.type === 'date' ? dateText(raw) : d.type === 'number' ? Number(raw) : d.type === 'boolean' ? Boolean(raw) : String(raw);
  }
  return out;
}

const dateText = (v: unknown): string => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v).slice(0, 10));
