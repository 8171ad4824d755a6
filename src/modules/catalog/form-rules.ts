// What `tongban catalog check` asks of an item's form beyond valid JSON Schema: what a person sees and what the
// server checks must not depend on whoever wrote the item remembering it.
//  - every choice has a label in Chinese and English (`x-labels`), so no one reads a raw code;
//  - every ID-number, credit-code, phone and postal-code field names its format, so its check character is checked;
//  - every choice of delivery by post (邮寄) makes a postal address required (JSON Schema if/then).
import type { Bilingual } from '../../platform/errors.js';

type Node = Record<string, unknown>;
export interface FormRuleProblem { at: string; reason: Bilingual }

// A field's name says what it holds; the format it must carry.
const NAMED_FORMATS: [RegExp, string[], Bilingual][] = [
  [/idNumber$/i, ['id-number', 'id-number-or-credit-code'], { zh: '公民身份号码', en: 'ID-number' }],
  [/creditCode$/i, ['credit-code', 'id-number-or-credit-code'], { zh: '统一社会信用代码', en: 'credit-code' }],
  [/(^|[a-z])(phone|mobile)$/i, ['mobile', 'phone'], { zh: '电话', en: 'phone' }],
  [/(postalCode|postcode|zipCode)$/i, ['postal-code'], { zh: '邮政编码', en: 'postal-code' }],
];

const escape = (key: string) => key.replaceAll('~', '~0').replaceAll('/', '~1');
const isBilingual = (v: unknown): boolean => !!v && typeof v === 'object'
  && typeof (v as Node).zh === 'string' && !!((v as Node).zh as string).trim()
  && typeof (v as Node).en === 'string' && !!((v as Node).en as string).trim();

function labelProblems(node: Node, at: string): FormRuleProblem[] {
  const values = node.enum as unknown[];
  const labels = node['x-labels'];
  if (!labels || typeof labels !== 'object') {
    return [{ at, reason: { zh: `选项 ${values.map(String).join('、')} 没有中英文标签（x-labels）`, en: `The choices ${values.map(String).join(', ')} have no labels in Chinese and English (x-labels)` } }];
  }
  const out: FormRuleProblem[] = [];
  for (const v of values) {
    if (!isBilingual((labels as Node)[String(v)])) {
      out.push({ at: `${at}/x-labels/${escape(String(v))}`, reason: { zh: `选项 ${String(v)} 须有中文和英文标签`, en: `The choice ${String(v)} needs a label in Chinese and in English` } });
    }
  }
  for (const key of Object.keys(labels)) {
    if (!values.some((v) => String(v) === key)) out.push({ at: `${at}/x-labels/${escape(key)}`, reason: { zh: `${key} 不是本字段的选项`, en: `${key} is not one of this field's choices` } });
  }
  return out;
}

/** The if/then branches of an object node: its own and those inside allOf. */
const conditionals = (node: Node): Node[] => [node, ...((node.allOf ?? []) as Node[])].filter((n) => n && typeof n === 'object' && n.if && n.then);

/** Whether choosing `value` in `field` makes some address field required. */
function requiresAddressWhen(object: Node, field: string, value: string): boolean {
  return conditionals(object).some((c) => {
    const cond = ((c.if as Node).properties as Node | undefined)?.[field] as Node | undefined;
    const chosen = cond && (cond.const === value || (Array.isArray(cond.enum) && cond.enum.includes(value)));
    const required = ((c.then as Node).required ?? []) as string[];
    return !!chosen && ((c.if as Node).required as string[] | undefined)?.includes(field) && required.some((r) => /address/i.test(r) && !!(object.properties as Node | undefined)?.[r]);
  });
}

export function formFieldProblems(form: Node): FormRuleProblem[] {
  const out: FormRuleProblem[] = [];
  const walk = (node: unknown, at: string, name: string, parent: Node | null, depth: number) => {
    if (!node || typeof node !== 'object' || depth > 32) return;
    const n = node as Node;
    if (Array.isArray(n.enum)) {
      out.push(...labelProblems(n, at));
      if (n.enum.includes('post') && parent && !requiresAddressWhen(parent, name, 'post')) {
        out.push({ at, reason: { zh: '选择“邮寄”时须填写邮寄地址：请在表单中用 if/then 将地址设为必填', en: 'Choosing delivery by post must require a postal address: make the address required with if/then' } });
      }
    }
    if (n.type === 'string' && !n.enum) {
      for (const [re, formats, what] of NAMED_FORMATS) {
        if (re.test(name) && !formats.includes(String(n.format))) {
          out.push({ at, reason: { zh: `${what.zh}字段须声明 format: ${formats.join(' 或 ')}，以校验其格式和校验位`, en: `The ${what.en} field ${name} must declare format: ${formats.join(' or ')} so that it is checked` } });
        }
      }
    }
    for (const [key, sub] of Object.entries((n.properties ?? {}) as Node)) walk(sub, `${at}/properties/${escape(key)}`, key, n, depth + 1);
    if (n.items && typeof n.items === 'object') walk(n.items, `${at}/items`, name, parent, depth + 1);
  };
  walk(form, '', '', null, 0);
  return out;
}
