/**
 * A form's error, announced at once. The live region is always rendered, so a screen reader hears the error when
 * it appears, not only on a second try.
 */
export function FormErrorAlert({ error }: { error?: string | null }) {
  return (
    <div aria-live="assertive">
      {error && (
        <p className="alert alert--error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
