import type { MdtType } from '../../../../contracts/mdt';
import { MDT_TYPE_GROUPS } from '../mdt-words';

/** The kinds of MDT, cancer tumour groups first; "Select…" only until a type is chosen. */
export function MdtTypeSelect({
  id,
  value,
  describedBy,
  onChange,
}: {
  id: string;
  value: MdtType | '';
  describedBy: string | undefined;
  onChange: (type: MdtType | '') => void;
}) {
  return (
    <select
      className="nhsuk-select"
      id={id}
      value={value}
      aria-describedby={describedBy}
      onChange={(e) => onChange(e.target.value as MdtType | '')}
    >
      {value ? null : <option value="">Select the type of MDT</option>}
      {MDT_TYPE_GROUPS.map(([label, types]) => (
        <optgroup key={label} label={label}>
          {types.map(([key, words]) => (
            <option key={key} value={key}>
              {words}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}
