// Admin console, the readable API reference (/admin/tokens/api), rendered from GET /api/v1/openapi.json.
const en = {
  apiTitle: 'API reference',
  apiIntro:
    'Other systems create notifications and follow them with an API token. ' +
    'This page shows the API’s OpenAPI 3.1 description, also available as JSON for client generators:',
  apiLink: 'API reference for developers',
  apiAuth: 'Authentication: Authorization: Bearer followed by an API token.',
  apiNoAuth: 'No token needed.',
  apiParameters: 'Parameters',
  apiRequestBody: 'Request body',
  apiExamples: 'Examples',
  apiResponses: 'Responses',
  apiSchemas: 'Schemas',
  apiRequired: 'required',
};

const fr: Record<keyof typeof en, string> = {
  apiTitle: 'Référence de l’API',
  apiIntro:
    'Les autres systèmes créent des notifications et en suivent l’envoi avec un jeton d’API. ' +
    'Cette page présente la description OpenAPI 3.1 de l’API (ses descriptions sont en anglais, ' +
    'comme le document), aussi disponible en JSON pour les générateurs de clients :',
  apiLink: 'Référence de l’API pour les développeurs',
  apiAuth: 'Authentification : Authorization: Bearer suivi d’un jeton d’API.',
  apiNoAuth: 'Aucun jeton nécessaire.',
  apiParameters: 'Paramètres',
  apiRequestBody: 'Corps de la requête',
  apiExamples: 'Exemples',
  apiResponses: 'Réponses',
  apiSchemas: 'Schémas',
  apiRequired: 'obligatoire',
};

export default { en, fr };
