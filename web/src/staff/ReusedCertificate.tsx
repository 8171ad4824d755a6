// A certificate the applicant reused as a material (减材料), opened by the reviewer in place: its claims and its
// status now, as they would look at the paper. Loaded only when opened (each opening is in the holder's access log).
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Bilingual } from '../api';
import { errorText } from '../components/ui';
import { pick } from '../i18n';
import { claimValue } from '../pages/Wallet';

interface Reused {
  id: string; typeName: Bilingual; status: string; statusName: Bilingual; issuer: { name: Bilingual }; subjectName: string | null;
  claims: { name: string; label: Bilingual; value: unknown }[];
}

export function ReusedCertificate({ applicationId, code }: { applicationId: string; code: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const { data, error } = useQuery({ queryKey: ['reused-certificate', applicationId, code], enabled: open, retry: false,
    queryFn: () => api<Reused>(`/applications/${applicationId}/materials/${code}/certificate`) });
  return (
    <details className="reused-certificate" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('certsStaff.open')}</summary>
      {error && <p className="error-text" role="alert">{errorText(error, t)}</p>}
      {data && (
        <dl className="summary-list compact">
          <div><dt>{t('certsStaff.certificate')}</dt><dd>{pick(data.typeName)}{data.subjectName ? ` · ${data.subjectName}` : ''}</dd></div>
          <div><dt>{t('certsStaff.issuer')}</dt><dd>{pick(data.issuer.name)}</dd></div>
          <div><dt>{t('certsStaff.status')}</dt><dd>{pick(data.statusName)}</dd></div>
          {data.claims.map((c) => <div key={c.name}><dt>{pick(c.label)}</dt><dd>{claimValue(c.value)}</dd></div>)}
        </dl>
      )}
    </details>
  );
}
