'use client';
import { ErrorSummary } from '../../admin/components/ErrorSummary';
import { Field } from '../../admin/components/Field';
import { Fieldset } from '../../admin/components/Fieldset';
import type { MdtTeamSettings, MeetingSummary } from '../mdt-api';
import { dateExample } from '../meeting-dates';
import { memberWords } from '../mdt-words';
import { useScheduleForm } from '../use-schedule-form';
import { ChairField } from './ChairField';
import { Checkboxes } from './Checkboxes';
import { DateInput } from './DateInput';
import { TimeInput } from './TimeInput';

/**
 * "Schedule a meeting" for one MDT: title, UK date and times, chair and invitees from its team.
 * Checked here first (the error summary links each problem to its field), then by the server.
 */
export function ScheduleMeetingForm(props: {
  mdt: MdtTeamSettings;
  /** This MDT's meetings, for the next slot to suggest. */
  meetings: readonly MeetingSummary[];
  prefix: string;
  onScheduled: (meeting: MeetingSummary) => Promise<void>;
}) {
  const { mdt, prefix } = props;
  const {
    ids,
    values: v,
    errors,
    set,
    setTitle,
    setDate,
    submit,
  } = useScheduleForm(mdt, props.meetings, prefix, props.onScheduled);
  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${prefix}-heading`}>
      <h3 id={`${prefix}-heading`}>Schedule a meeting</h3>
      <ErrorSummary errors={errors} id={`${prefix}-errors`} />
      <Field id={ids.title} label="Title" errors={errors}>
        {(describedBy, inError) => (
          <input
            className={`nhsuk-input${inError ? ' nhsuk-input--error' : ''}`}
            id={ids.title}
            name={ids.title}
            type="text"
            value={v.title}
            aria-describedby={describedBy}
            onChange={(e) => setTitle(e.target.value)}
          />
        )}
      </Field>
      <Fieldset id={ids.date} legend="Date" hint={`For example, ${dateExample(new Date())}`} errors={errors}>
        {(inError) => <DateInput id={ids.date} value={v} inError={inError} onChange={setDate} />}
      </Fieldset>
      <TimeInput
        id={ids.start}
        label="Start time (UK time)"
        value={v.start}
        errors={errors}
        onChange={(start) => set({ start })}
      />
      <TimeInput
        id={ids.end}
        label="End time (UK time)"
        value={v.end}
        errors={errors}
        onChange={(end) => set({ end })}
      />
      <ChairField
        id={ids.chair}
        label="Chair"
        hint="The MDT’s usual chair unless you choose someone else"
        none="No chair yet"
        team={mdt.team}
        value={v.chairId}
        errors={errors}
        onChange={(chairId) => set({ chairId })}
      />
      <Fieldset id={ids.invitees} legend="Who to invite" hint="Members of this MDT’s team" errors={errors}>
        {() => (
          <Checkboxes
            id={ids.invitees}
            choices={mdt.team.map((m) => ({ value: m.id, label: m.name, hint: memberWords(m) }))}
            chosen={v.inviteeIds}
            onChange={(inviteeIds) => set({ inviteeIds })}
          />
        )}
      </Fieldset>
      <button className="nhsuk-button" type="submit">
        Schedule meeting
      </button>
    </form>
  );
}
