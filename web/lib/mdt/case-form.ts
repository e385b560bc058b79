import type { z } from 'zod';
import type { NewMdtCase } from '../../../contracts/http/mdt';
import { ApiError } from '../http/api-error';
import { required, type FieldError } from '../admin/form-errors';

const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim();

/** The required fields, in the design system's "Enter …" words. */
const REQUIRED = {
  'case-given': 'the patient’s given name',
  'case-family': 'the patient’s family name',
  'case-dob': 'the patient’s date of birth',
  'case-nhs': 'the patient’s NHS number',
  'case-referrer': 'the referring clinician',
  'case-question': 'the question for the MDT',
};

/** The add-case form read into the request the API takes, or the problems a person must fix first. */
export function caseFromForm(form: FormData): { body: z.input<typeof NewMdtCase> } | { errors: FieldError[] } {
  const values = Object.fromEntries(Object.keys(REQUIRED).map((k) => [k, text(form, k)]));
  const errors = required(values, REQUIRED);
  if (errors.length) return { errors };
  const ps = text(form, 'case-ps');
  return {
    body: {
      patient: {
        givenName: values['case-given']!,
        familyName: values['case-family']!,
        dateOfBirth: values['case-dob']!,
        nhsNumber: values['case-nhs']!,
      },
      referrer: { name: values['case-referrer']!, organisation: text(form, 'case-referrer-org') },
      question: values['case-question']!,
      summary: {
        diagnosis: text(form, 'case-diagnosis'),
        stage: text(form, 'case-stage'),
        tnm: text(form, 'case-tnm'),
        performanceStatus: ps === '' ? null : Number(ps),
        comorbidities: text(form, 'case-comorbidities'),
        investigations: text(form, 'case-investigations')
          .split('\n')
          .map((l) => l.trim())
          .filter(Boolean),
      },
    },
  };
}

/** The server's refusal put on the field it is about: an NHS number problem on the NHS number. */
export function caseProblem(err: unknown): FieldError[] {
  if (!(err instanceof ApiError)) return [{ field: 'case-given', message: 'Convene could not be reached. Try again.' }];
  const field = /NHS number/.test(err.message)
    ? 'case-nhs'
    : /date of birth/.test(err.message)
      ? 'case-dob'
      : 'case-given';
  return [{ field, message: err.message.charAt(0).toUpperCase() + err.message.slice(1) }];
}
