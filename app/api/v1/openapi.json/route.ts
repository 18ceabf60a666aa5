import { requestOrigin } from '@/lib/http/request-origin';
import { createCrieurApiDocument } from '@/lib/openapi/crieur-api';

// GET /api/v1/openapi.json — the API's OpenAPI 3.1 description; public on purpose (it holds no data, only shapes),
// so client generators and other systems' developers can read it without a token.
export async function GET(req: Request): Promise<Response> {
  return Response.json(createCrieurApiDocument(requestOrigin(req.headers)), {
    headers: { 'Cache-Control': 'public, max-age=300' },
  });
}
