import { sharedOrigin } from '@/lib/http/shared-origin';
import { createCrieurApiDocument } from '@/lib/openapi/crieur-api';

// GET /api/v1/openapi.json — the API's OpenAPI 3.1 description; public on purpose (it holds no data, only shapes),
// so client generators and other systems' developers can read it without a token.
// Its servers entry names an origin: cached by others only when it is the public one (sharedOrigin).
export async function GET(req: Request): Promise<Response> {
  const { origin, cacheControl } = sharedOrigin(req.headers, 300);
  return Response.json(createCrieurApiDocument(origin), { headers: { 'Cache-Control': cacheControl } });
}
