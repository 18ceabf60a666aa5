import { handleErrors } from '@/lib/auth/with-user';
import { getEnv } from '@/lib/env';
import { clientAddress } from '@/lib/http/client-address';
import { readJsonBody } from '@/lib/http/read-json-body';
import { verifyDeliveryReporter } from '@/lib/push/receipts/delivery-reporter';
import { DeliveryReportRefusedError, recordDeliveryReport } from '@/lib/push/receipts/record-delivery-report';
import { reportSignerFromEnv } from '@/lib/push/receipts/report-token';
import { takeReceiptQuota } from '@/lib/rate-limit/request-limits';
import { deliveryReportSchema } from '@/lib/validation/delivery-report';

const signer = () => reportSignerFromEnv(getEnv());

// POST /api/push/receipts {deliveryId, token, event} — a device's service worker reports a push shown or opened.
// No cookie: the person may be signed out there. The delivery's report token, which only its push carried, is the
// credential; an unknown delivery and a wrong token get the same 422.
export const POST = (req: Request) =>
  handleErrors(async () => {
    await takeReceiptQuota(clientAddress(req.headers));
    const report = await readJsonBody(req, deliveryReportSchema, 256);
    const reporter = verifyDeliveryReporter(signer(), report);
    if (!reporter) throw new DeliveryReportRefusedError();
    await recordDeliveryReport(reporter, report.event);
    return new Response(null, { status: 204 });
  });
