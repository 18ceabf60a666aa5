// What a form says for the field error codes every schema can give (lib/http/json-error.ts zodFieldErrors), the same
// words in each form's catalogue: spread into them (the admin console's keys take its `err_` prefix).
export const fieldErrors = {
  en: {
    required: 'This field is required.',
    invalid_type: 'This value is not of the expected kind.',
    too_long: 'This is too long.',
    too_short: 'This is too short.',
    too_big: 'This number is too large.',
    too_small: 'This number is too small.',
    invalid: 'This value is not valid.',
  },
  fr: {
    required: 'Ce champ est obligatoire.',
    invalid_type: 'Cette valeur n’est pas du type attendu.',
    too_long: 'Ce texte est trop long.',
    too_short: 'Ce texte est trop court.',
    too_big: 'Ce nombre est trop grand.',
    too_small: 'Ce nombre est trop petit.',
    invalid: 'Cette valeur n’est pas valide.',
  },
} as const;

type FieldErrorTexts = (typeof fieldErrors)['en'];

/** The same texts under `err_<code>` keys. */
export const prefixedFieldErrors = (lang: keyof typeof fieldErrors) =>
  Object.fromEntries(Object.entries(fieldErrors[lang]).map(([k, v]) => [`err_${k}`, v])) as {
    [K in keyof FieldErrorTexts as `err_${K}`]: string;
  };
