// The item editor's structured sections over the catalog's item schema (src/modules/catalog/definition.ts):
// basics and time limits, fees, materials, and the workflow (acceptance mode, stages of parallel tasks).
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type Bilingual } from '../api';
import { useDepartments } from '../catalog';
import { pick } from '../i18n';
import type { ItemDefinition, Material } from '../answers';
import { CheckInput, CheckList, Group, idOf, moved, NumberInput, SelectInput, TextInput } from './editor-kit';
// The same lists as the server's item schema: what the editor offers is what the API accepts.
import { acceptanceModes, applicantTypes as APPLICANT_TYPES, channels as CHANNELS, itemTypes as ITEM_TYPES, uploadTypes as FILE_TYPES } from '../../../src/modules/catalog/enums';

export type Set = (pointer: string, value: unknown) => void;
interface Props { def: ItemDefinition; set: Set }

const MB = 1024 * 1024;

/** Name (zh and en) of one bilingual value, as two inputs. */
function BilingualInputs({ pointer, label, value, set, long }: { pointer: string; label: string; value: Bilingual | undefined; set: Set; long?: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <TextInput pointer={`${pointer}/zh`} label={t('admin.inZh', { label })} value={value?.zh ?? ''} long={long} onChange={(v) => set(`${pointer}/zh`, v)} />
      <TextInput pointer={`${pointer}/en`} label={t('admin.inEn', { label })} value={value?.en ?? ''} long={long} onChange={(v) => set(`${pointer}/en`, v)} />
    </>
  );
}

export function BasicsSection({ def, set }: Props) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="basics-title">
      <h2 id="basics-title">{t('admin.basics')}</h2>
      <BilingualInputs pointer="/name" label={t('admin.name')} value={def.name} set={set} />
      <BilingualInputs pointer="/summary" label={t('admin.summary')} value={def.summary} set={set} long />
      <SelectInput pointer="/type" label={t('admin.type')} value={def.type} onChange={(v) => set('/type', v)}
        options={ITEM_TYPES.map((x) => ({ value: x, label: t(`admin.itemType.${x}`) }))} />
      <h3>{t('admin.timeLimits')}</h3>
      <NumberInput pointer="/timeLimits/statutoryDays" label={t('admin.statutoryDays')} hint={t('admin.daysHint')} value={def.timeLimits.statutoryDays} onChange={(v) => set('/timeLimits/statutoryDays', v)} />
      <NumberInput pointer="/timeLimits/committedDays" label={t('admin.committedDays')} hint={t('admin.committedHint')} value={def.timeLimits.committedDays} onChange={(v) => set('/timeLimits/committedDays', v)} />
      <CheckList pointer="/channels" legend={t('admin.channels')} value={def.channels} onChange={(v) => set('/channels', v)}
        options={CHANNELS.map((c) => ({ value: c, label: t(`guide.channel.${c}`) }))} />
      <CheckList pointer="/applicantTypes" legend={t('admin.applicantTypes')} value={def.applicantTypes} onChange={(v) => set('/applicantTypes', v)}
        options={APPLICANT_TYPES.map((c) => ({ value: c, label: t(`admin.applicantType.${c}`) }))} />
    </section>
  );
}

export function FeesSection({ def, set }: Props) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="fees-title">
      <h2 id="fees-title">{t('admin.fees')}</h2>
      {!def.fees.length && <p id={idOf('/fees')} tabIndex={-1}>{t('admin.noFees')}</p>}
      {def.fees.map((f, i) => (
        <Group key={i} pointer={`/fees/${i}`} legend={t('admin.feeN', { n: i + 1 })}
          actions={<button type="button" className="button button-secondary" onClick={() => set('/fees', def.fees.filter((_, j) => j !== i))}>{t('admin.removeFee', { n: i + 1 })}</button>}>
          <BilingualInputs pointer={`/fees/${i}/name`} label={t('admin.feeName')} value={f.name} set={set} />
          <NumberInput pointer={`/fees/${i}/amountYuan`} label={t('admin.amountYuan')} value={f.amountYuan} onChange={(v) => set(`/fees/${i}/amountYuan`, v)} />
          <TextInput pointer={`/fees/${i}/basis`} label={t('admin.feeBasis')} value={f.basis ?? ''} onChange={(v) => set(`/fees/${i}/basis`, v || undefined)} />
        </Group>
      ))}
      <button type="button" className="button button-secondary" onClick={() => set('/fees', [...def.fees, { name: { zh: '', en: '' }, amountYuan: 0 }])}>{t('admin.addFee')}</button>
    </section>
  );
}

interface CertificateType { code: string; name: Bilingual }
const useCertificateTypes = () => useQuery({ queryKey: ['certificate-types'], staleTime: 300_000, queryFn: () => api<CertificateType[]>('/certificate-types') }).data ?? [];

function MaterialEditor({ m, i, def, set, certificateTypes }: Props & { m: Material; i: number; certificateTypes: CertificateType[] }) {
  const { t } = useTranslation();
  const at = `/materials/${i}`;
  const count = def.materials.length;
  return (
    <Group pointer={at} legend={pick(m.name) || t('admin.materialN', { n: i + 1 })} actions={<>
      <button type="button" className="button button-secondary" disabled={i === 0} onClick={() => set('/materials', moved(def.materials, i, -1))}>{t('admin.moveUp')} <span className="visually-hidden">{pick(m.name)}</span></button>
      <button type="button" className="button button-secondary" disabled={i === count - 1} onClick={() => set('/materials', moved(def.materials, i, 1))}>{t('admin.moveDown')} <span className="visually-hidden">{pick(m.name)}</span></button>
      <button type="button" className="button button-secondary" onClick={() => set('/materials', def.materials.filter((_, j) => j !== i))}>{t('admin.remove')} <span className="visually-hidden">{pick(m.name)}</span></button>
    </>}>
      <TextInput pointer={`${at}/code`} label={t('admin.code')} hint={t('admin.codeHint')} short value={m.code} onChange={(v) => set(`${at}/code`, v)} />
      <BilingualInputs pointer={`${at}/name`} label={t('admin.materialName')} value={m.name} set={set} />
      <CheckInput pointer={`${at}/required`} label={t('admin.required')} checked={m.required} onChange={(v) => set(`${at}/required`, v)} />
      <CheckInput pointer={`${at}/core`} label={t('admin.core')} checked={m.core === true} onChange={(v) => set(`${at}/core`, v || undefined)} />
      <CheckInput pointer={`${at}/upload`} label={t('admin.uploadAllowed')} checked={!!m.upload}
        onChange={(v) => set(`${at}/upload`, v ? { accept: [...FILE_TYPES], maxBytes: 10 * MB } : undefined)} />
      {m.upload && (
        <div className="conditional">
          <CheckList pointer={`${at}/upload/accept`} legend={t('admin.fileTypes')} value={m.upload.accept as (typeof FILE_TYPES)[number][]} onChange={(v) => set(`${at}/upload/accept`, v)}
            options={FILE_TYPES.map((x) => ({ value: x, label: t(`admin.fileType.${x.split('/')[1]}`) }))} />
          <NumberInput pointer={`${at}/upload/maxBytes`} label={t('admin.maxMb')} hint={t('admin.maxMbHint')} value={Math.round((m.upload.maxBytes / MB) * 100) / 100}
            onChange={(v) => set(`${at}/upload/maxBytes`, typeof v === 'number' ? Math.round(v * MB) : v)} />
        </div>
      )}
      <CheckList pointer={`${at}/certificateTypes`} legend={t('admin.certificateTypes')} columns value={m.certificateTypes ?? []}
        onChange={(v) => set(`${at}/certificateTypes`, v.length ? v : undefined)}
        options={[...new Set([...certificateTypes.map((c) => c.code), ...(m.certificateTypes ?? [])])].map((code) => ({ value: code, label: pick(certificateTypes.find((c) => c.code === code)?.name) || code }))} />
      <TextInput pointer={`${at}/exchangeSource`} label={t('admin.exchangeSource')} hint={t('admin.exchangeSourceHint')} value={m.exchangeSource ?? ''} onChange={(v) => set(`${at}/exchangeSource`, v || undefined)} />
    </Group>
  );
}

export function MaterialsSection({ def, set }: Props) {
  const { t } = useTranslation();
  const certificateTypes = useCertificateTypes();
  const add = () => set('/materials', [...def.materials, { code: `material-${def.materials.length + 1}`, name: { zh: '', en: '' }, required: true, upload: { accept: [...FILE_TYPES], maxBytes: 10 * MB } }]);
  return (
    <section aria-labelledby="materials-title">
      <h2 id="materials-title">{t('admin.materials')}</h2>
      {!def.materials.length && <p id={idOf('/materials')} tabIndex={-1}>{t('admin.noMaterials')}</p>}
      {def.materials.map((m, i) => <MaterialEditor key={i} m={m} i={i} def={def} set={set} certificateTypes={certificateTypes} />)}
      <button type="button" className="button button-secondary" onClick={add}>{t('admin.addMaterial')}</button>
    </section>
  );
}

export function WorkflowSection({ def, set }: Props) {
  const { t } = useTranslation();
  const departments = useDepartments();
  const certificateTypes = useCertificateTypes();
  const w = def.workflow;
  const departmentOptions = [...new Map(departments.map((d) => [d.code, { value: d.code, label: pick(d.name) }])).values()];
  const newTask = () => ({ department: def.department, name: { zh: '', en: '' }, timeLimitDays: 1 });
  return (
    <section aria-labelledby="workflow-title">
      <h2 id="workflow-title">{t('admin.workflow')}</h2>
      <fieldset>
        <legend>{t('admin.acceptance')}</legend>
        <div className="radios">
          {acceptanceModes.map((x, i) => (
            <label key={x} className="radio"><input type="radio" name="acceptance" id={i === 0 ? idOf('/workflow/acceptance') : `acceptance-${x}`} checked={w.acceptance === x}
              onChange={() => set('/workflow/acceptance', x)} /> <span>{t(`admin.acceptanceMode.${x}`)}</span></label>
          ))}
        </div>
      </fieldset>
      <CheckInput pointer="/workflow/allowCommitment" label={t('admin.allowCommitment')} checked={w.allowCommitment === true} onChange={(v) => set('/workflow/allowCommitment', v || undefined)} />
      <CheckInput pointer="/workflow/allowTolerance" label={t('admin.allowTolerance')} checked={w.allowTolerance === true}
        onChange={(v) => set('/workflow', { ...w, allowTolerance: v || undefined, toleranceDays: v ? w.toleranceDays ?? 5 : undefined })} />
      {w.allowTolerance && (
        <div className="conditional">
          <NumberInput pointer="/workflow/toleranceDays" label={t('admin.toleranceDays')} value={w.toleranceDays} onChange={(v) => set('/workflow/toleranceDays', v)} />
        </div>
      )}
      <SelectInput pointer="/workflow/resultCertificateType" label={t('admin.resultCertificate')} value={w.resultCertificateType ?? ''} empty={t('admin.noResultCertificate')}
        onChange={(v) => set('/workflow/resultCertificateType', v || undefined)} options={certificateTypes.map((c) => ({ value: c.code, label: pick(c.name) }))} />
      {w.stages.map((stage, s) => (
        <Group key={s} pointer={`/workflow/stages/${s}`} legend={t('admin.stageN', { n: s + 1 })} actions={w.stages.length > 1 && (
          <button type="button" className="button button-secondary" onClick={() => set('/workflow/stages', w.stages.filter((_, j) => j !== s))}>{t('admin.removeStage', { n: s + 1 })}</button>
        )}>
          <BilingualInputs pointer={`/workflow/stages/${s}/name`} label={t('admin.stageName')} value={stage.name} set={set} />
          <p className="hint">{t('admin.parallelHint')}</p>
          {stage.tasks.map((task, k) => {
            const at = `/workflow/stages/${s}/tasks/${k}`;
            return (
              <Group key={k} pointer={at} legend={t('admin.taskN', { stage: s + 1, n: k + 1 })} actions={stage.tasks.length > 1 && (
                <button type="button" className="button button-secondary" onClick={() => set(`/workflow/stages/${s}/tasks`, stage.tasks.filter((_, j) => j !== k))}>{t('admin.removeTask', { stage: s + 1, n: k + 1 })}</button>
              )}>
                <SelectInput pointer={`${at}/department`} label={t('admin.taskDepartment')} value={task.department} onChange={(v) => set(`${at}/department`, v)}
                  options={departmentOptions.some((o) => o.value === task.department) ? departmentOptions : [{ value: task.department, label: task.department }, ...departmentOptions]} />
                <BilingualInputs pointer={`${at}/name`} label={t('admin.taskName')} value={task.name} set={set} />
                <NumberInput pointer={`${at}/timeLimitDays`} label={t('admin.taskDays')} value={task.timeLimitDays} onChange={(v) => set(`${at}/timeLimitDays`, v)} />
              </Group>
            );
          })}
          <button type="button" className="button button-secondary" onClick={() => set(`/workflow/stages/${s}/tasks`, [...stage.tasks, newTask()])}>{t('admin.addTask', { n: s + 1 })}</button>
        </Group>
      ))}
      <button type="button" className="button button-secondary" onClick={() => set('/workflow/stages', [...w.stages, { name: { zh: '', en: '' }, tasks: [newTask()] }])}>{t('admin.addStage')}</button>
    </section>
  );
}
