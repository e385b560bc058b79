/** Whether what was typed here is stored yet: the form has no save button, so it says so itself. */
export function SaveStatus({ unsaved }: { unsaved: boolean }) {
  return (
    <p className="nhsuk-body-s" role="status" data-testid="save-status" data-unsaved={unsaved}>
      {unsaved ? 'Saving…' : 'All changes saved.'}
    </p>
  );
}
