import type { Metadata } from 'next';
import { OfflineRetry } from '@/components/offline-retry';

export const metadata: Metadata = { title: 'Offline' };
// Static and bilingual: the service worker caches this one page and serves it to whoever is offline.
export const dynamic = 'force-static';

export default function OfflinePage() {
  return (
    <div className="card card--narrow" data-testid="offline-page">
      <h1>You are offline <span lang="fr">· Vous êtes hors ligne</span></h1>
      <p>Crieur cannot reach the network right now. Check your connection; this page works again as soon as you are back online.</p>
      <p lang="fr">Crieur ne peut pas joindre le réseau pour le moment. Vérifiez votre connexion ; la page refonctionnera dès votre retour en ligne.</p>
      <OfflineRetry />
    </div>
  );
}
