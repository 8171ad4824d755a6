// Templates: both languages say the same things, every placeholder is filled, and a missing one is a bug that
// throws instead of showing a person "{reason}".
import { describe, expect, it } from 'vitest';
import { placeholdersOf, renderTemplate, templateNames, templates, type TemplateParams } from './templates.js';

const sample = (name: keyof typeof templates): TemplateParams => {
  const t = templates[name];
  return Object.fromEntries(placeholdersOf(`${t.title.zh}${t.body.zh}`).map((p) => [p, p.endsWith('Date') || p.startsWith('valid') ? '2026-04-01' : `<${p}>`]));
};

describe('message templates', () => {
  it('include everything the cases, feedback and identity modules send', () => {
    expect(templateNames).toEqual(expect.arrayContaining(['account.welcome', 'delegation.granted', 'delegation.revoked', 'enterprise_agent.authorized',
      'application.submitted', 'application.accepted', 'application.supplement_requested', 'application.approved', 'application.rejected',
      'application.completed', 'rating.invited', 'rectification.replied']));
  });

  it.each(templateNames)('%s: Chinese and English use the same params, and rendering fills them all', (name) => {
    const t = templates[name];
    const zh = new Set(placeholdersOf(`${t.title.zh}${t.body.zh}`));
    const en = new Set(placeholdersOf(`${t.title.en}${t.body.en}`));
    expect([...en].sort()).toEqual([...zh].sort());
    const out = renderTemplate(name, sample(name));
    for (const text of [out.title.zh, out.title.en, out.body.zh, out.body.en]) expect(text).not.toMatch(/[{}]/);
  });

  it('a missing param throws, naming it', () => {
    expect(() => renderTemplate('application.rejected', { itemName: '食品经营许可', applicationNo: 'SB-1' })).toThrow('application.rejected needs the param {reason}');
    expect(() => renderTemplate('no.such.template', {})).toThrow('No message template named no.such.template');
  });

  it('a bilingual param gives each language its own text; dates are the calendar day in China', () => {
    const out = renderTemplate('application.accepted', { itemName: { zh: '食品经营许可', en: 'Food business licence' }, applicationNo: 'SB-1',
      dueDate: '2026-03-31T16:30:00Z' }); // 00:30 on 1 April in Beijing
    expect(out.body.zh).toBe('您申请的“食品经营许可”（办件编号 SB-1）已受理，承诺于 2026年4月1日 前办结。');
    expect(out.body.en).toBe('Your application for Food business licence (reference SB-1) has been accepted and will be decided by 1 April 2026.');
    expect(() => renderTemplate('application.accepted', { itemName: 'x', applicationNo: 'y', dueDate: 'soon' })).toThrow('{dueDate} is not a date');
  });
});
