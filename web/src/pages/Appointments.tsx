// 预约办理: book a time at a hall's window for an item, see, change or cancel one's bookings, and on the day check in
// to draw a queue ticket (签到取号) — on one's phone at the hall.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { api } from '../api';
import { ErrorSummary, errorText, Failure, Loading, PageTitle, type FieldError } from '../components/ui';
import { pick } from '../i18n';
import { useMe } from '../session';
import type { AppointmentView, HallSummary, SlotsView, TicketView } from '../answers';

function NeedSignIn() {
  const { t } = useTranslation();
  const location = useLocation();
  return <div className="notice"><p>{t('appointments.needSignIn')}</p><Link className="button" to={`/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`}>{t('auth.signIn')}</Link></div>;
}

/** My bookings: the coming ones with change, cancel and (on the day) check-in; then the past ones. */
export function Appointments() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const client = useQueryClient();
  const [problem, setProblem] = useState<FieldError[]>([]);
  const [ticket, setTicket] = useState<TicketView | null>(null);
  const { data, error, isLoading } = useQuery({ queryKey: ['appointments'], enabled: !!me, queryFn: () => api<AppointmentView[]>('/appointments') });
  if (!me) return <><PageTitle>{t('appointments.title')}</PageTitle><NeedSignIn /></>;
  const act = async (a: AppointmentView, run: () => Promise<unknown>) => {
    setProblem([]);
    try {
      const result = await run();
      if (result && typeof result === 'object' && 'number' in result) setTicket(result as TicketView);
    } catch (err) {
      setProblem([{ id: `appt-${a.id}`, text: errorText(err, t) }]);
    }
    await client.invalidateQueries({ queryKey: ['appointments'] });
  };
  return (
    <>
      <ErrorSummary errors={problem} />
      <PageTitle>{t('appointments.title')}</PageTitle>
      {ticket && (
        <div className="panel-confirm" role="status">
          <h2>{t('appointments.ticketTitle')}</h2>
          <p className="ticket-number"><strong>{ticket.number}</strong></p>
          <p>{t('appointments.ticketHint', { hall: pick(ticket.hall.name) })}</p>
        </div>
      )}
      <p>{t('appointments.intro')}</p>
      {isLoading && <Loading />}
      {error && <Failure error={error} />}
      {data && data.length === 0 && <p>{t('appointments.none')}</p>}
      {data && data.length > 0 && (
        <ul className="card-list">
          {data.map((a) => (
            <li key={a.id} className="card" id={`appt-${a.id}`}>
              <h2 className="card-title">{pick(a.item.name)}</h2>
              <dl className="summary-list">
                <div><dt>{t('appointments.when')}</dt><dd>{t('appointments.slot', { day: a.day, start: a.start, minutes: a.slotMinutes })}</dd></div>
                <div><dt>{t('appointments.where')}</dt><dd>{`${pick(a.hall.name)} · ${a.window.number} ${pick(a.window.name)}`}<br />{a.hall.address}</dd></div>
                <div><dt>{t('appointments.status')}</dt><dd>{t(`appointments.state.${a.status}`)}{a.ticket ? ` · ${t('appointments.ticketNumber', { number: a.ticket.number })}` : ''}</dd></div>
              </dl>
              {a.status === 'booked' && (
                <div className="button-group">
                  {a.checkInOpen && (
                    <button type="button" className="button" onClick={() => void act(a, () => api<TicketView>(`/appointments/${a.id}/check-in`, { method: 'POST' }))}>{t('appointments.checkIn')}</button>
                  )}
                  <Link className="button button-secondary" to={`/appointments/${a.id}/change`}>{t('appointments.change')}</Link>
                  <button type="button" className="button button-warning" onClick={() => void act(a, () => api(`/appointments/${a.id}/cancel`, { method: 'POST' }))}>{t('appointments.cancel')}</button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** Booking (or moving a booking): the hall, then a day with free places, then a time at a window. */
export function BookAppointment() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const { id } = useParams();
  const [params] = useSearchParams();
  const existing = useQuery({ queryKey: ['appointment', id], enabled: !!id && !!me, queryFn: () => api<AppointmentView>(`/appointments/${id}`) });
  const itemCode = existing.data?.item.code ?? params.get('item') ?? '';
  const [hallId, setHallId] = useState('');
  const chosenHall = hallId || existing.data?.hall.id || '';
  const [day, setDay] = useState('');
  const [slot, setSlot] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [done, setDone] = useState<AppointmentView | null>(null);
  const halls = useQuery({ queryKey: ['halls'], queryFn: () => api<HallSummary[]>('/halls'), staleTime: 300_000 });
  const slots = useQuery({ queryKey: ['slots', chosenHall, itemCode], enabled: !!chosenHall && !!itemCode, retry: false,
    queryFn: () => api<SlotsView>(`/halls/${chosenHall}/slots?itemCode=${encodeURIComponent(itemCode)}&days=15`) });
  if (!me) return <><PageTitle>{t('appointments.bookTitle')}</PageTitle><NeedSignIn /></>;
  if (!itemCode) return <><PageTitle>{t('appointments.bookTitle')}</PageTitle><p>{t('appointments.chooseItemFirst')} <Link to="/search">{t('appointments.findItem')}</Link></p></>;
  if (done) {
    return (
      <div className="panel-confirm" role="status">
        <h1>{t(id ? 'appointments.changed' : 'appointments.booked')}</h1>
        <p>{t('appointments.slot', { day: done.day, start: done.start, minutes: done.slotMinutes })}</p>
        <p>{`${pick(done.hall.name)} · ${done.window.number} ${pick(done.window.name)}`}</p>
        <p><Link to="/appointments">{t('appointments.toMine')}</Link></p>
      </div>
    );
  }
  const days = (slots.data?.days ?? []).filter((d) => d.working && d.slots.some((s) => s.windows.some((w) => w.left > 0)));
  const chosenDay = days.find((d) => d.day === day);
  const submit = async () => {
    const problems: FieldError[] = [];
    if (!chosenHall) problems.push({ id: 'hall-0', text: t('appointments.hallMissing') });
    else if (!chosenDay) problems.push({ id: 'day-0', text: t('appointments.dayMissing') });
    else if (!slot) problems.push({ id: 'slot-0', text: t('appointments.slotMissing') });
    setErrors(problems);
    if (problems.length) return;
    const [windowId, start] = slot.split('|');
    try {
      setDone(id
        ? await api<AppointmentView>(`/appointments/${id}`, { method: 'PUT', body: { windowId, day, start } })
        : await api<AppointmentView>('/appointments', { method: 'POST', body: { hallId: chosenHall, itemCode, windowId, day, start } }));
    } catch (err) {
      setErrors([{ id: 'slot-0', text: errorText(err, t) }]);
    }
  };
  const fieldError = (at: string) => errors.find((e) => e.id === at)?.text;
  return (
    <>
      <ErrorSummary errors={errors} />
      <PageTitle caption={slots.data ? pick(slots.data.item.name) : undefined}>{t(id ? 'appointments.changeTitle' : 'appointments.bookTitle')}</PageTitle>
      <form noValidate onSubmit={(e) => { e.preventDefault(); void submit(); }}>
        <div className={`field ${fieldError('hall-0') ? 'field-error' : ''}`}>
          <fieldset>
            <legend>{t('appointments.hall')}</legend>
            {fieldError('hall-0') && <p className="error-text">{fieldError('hall-0')}</p>}
            <div className="radios">
              {(halls.data ?? []).map((h, i) => (
                <label key={h.id} className="radio">
                  <input type="radio" name="hall" id={`hall-${i}`} disabled={!!id} checked={chosenHall === h.id} onChange={() => { setHallId(h.id); setDay(''); setSlot(''); }} />
                  <span>{pick(h.name)}<span className="hint"> {h.address} · {h.openingHours}</span></span>
                </label>
              ))}
            </div>
          </fieldset>
        </div>
        {slots.isError && <Failure error={slots.error} />}
        {slots.data && (days.length === 0 ? <p>{t('appointments.noSlots')}</p> : (
          <div className={`field ${fieldError('day-0') ? 'field-error' : ''}`}>
            <fieldset>
              <legend>{t('appointments.day')}</legend>
              <p className="hint">{t('appointments.dayHint', { days: slots.data.rules.horizonDays })}</p>
              {fieldError('day-0') && <p className="error-text">{fieldError('day-0')}</p>}
              <div className="radios">
                {days.map((d, i) => (
                  <label key={d.day} className="radio">
                    <input type="radio" name="day" id={`day-${i}`} checked={day === d.day} onChange={() => { setDay(d.day); setSlot(''); }} />
                    <span>{t('appointments.dayLabel', { day: d.day, weekday: t(`appointments.weekday.${new Date(`${d.day}T00:00:00Z`).getUTCDay()}`) })}</span>
                  </label>
                ))}
              </div>
            </fieldset>
          </div>
        ))}
        {chosenDay && (
          <div className={`field ${fieldError('slot-0') ? 'field-error' : ''}`}>
            <fieldset>
              <legend>{t('appointments.time')}</legend>
              {fieldError('slot-0') && <p className="error-text">{fieldError('slot-0')}</p>}
              <div className="radios">
                {chosenDay.slots.flatMap((s) => s.windows.filter((w) => w.left > 0).map((w) => ({ s, w }))).map(({ s, w }, i) => (
                  <label key={`${w.windowId}|${s.start}`} className="radio">
                    <input type="radio" name="slot" id={`slot-${i}`} checked={slot === `${w.windowId}|${s.start}`} onChange={() => setSlot(`${w.windowId}|${s.start}`)} />
                    <span>{t('appointments.slotOption', { start: s.start, end: s.end, window: `${w.number} ${pick(w.name)}`, left: w.left })}</span>
                  </label>
                ))}
              </div>
            </fieldset>
          </div>
        )}
        <button type="submit" className="button">{t(id ? 'appointments.confirmChange' : 'appointments.confirmBook')}</button>
      </form>
    </>
  );
}
