import type { Metadata } from 'next';
import { connection } from 'next/server';
import { OfflineRetry } from '@/components/offline-retry';

// Both languages, like the page itself: the service worker serves one cached copy to every reader.
export const metadata: Metadata = { title: 'Offline · Hors ligne' };

// Bilingual, and cached by the service worker, which serves it to whoever is offline. Rendered per request like
// every page, so its scripts carry the nonce of the CSP header cached with it (README "Security → Headers").
export default async function OfflinePage() {
  await connection();
  return (
    <div className="card card--narrow" data-testid="offline-page">
      <h1>
        You are offline <span lang="fr">· Vous êtes hors ligne</span>
      </h1>
      <p>
        Crieur cannot reach the network right now. Check your connection; this page works again as soon as you are back
        online.
      </p>
      <p lang="fr">
        Crieur ne peut pas joindre le réseau pour le moment. Vérifiez votre connexion ; la page refonctionnera dès votre
        retour en ligne.
      </p>
      <OfflineRetry />
    </div>
  );
}
