// A due date on the working-day calendar, with the server's note when it was counted through a year whose official
// public holidays are not published yet (the date may then come out early: that year's breaks counted as working days).
import { useTranslation } from 'react-i18next';
import { pick } from '../i18n';

interface Provisional { calendarProvisional: boolean; calendarNote: { zh: string; en: string } | null }

/** `label` null: the date alone (a table column says what it is); `showNote` false: the tag alone (the case's note says why). */
export function DueDate({ dueOn, timeLimit, label = 'duedate.dueOn', block = true, showNote = true }: {
  dueOn: string | null; timeLimit: Provisional; label?: 'duedate.dueOn' | 'duedate.taskDueOn' | null; block?: boolean; showNote?: boolean;
}) {
  const { t } = useTranslation();
  if (!dueOn) return null;
  const Wrap = block ? 'p' : 'span';
  return (
    <Wrap className="due-date">
      {label ? t(label, { date: dueOn }) : dueOn}
      {timeLimit.calendarProvisional && <span className="tag tag-supplement_requested">{t('duedate.provisional')}</span>}
      {showNote && timeLimit.calendarProvisional && timeLimit.calendarNote && <span className="hint due-date-note">{pick(timeLimit.calendarNote)}</span>}
    </Wrap>
  );
}
