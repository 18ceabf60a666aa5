// The one notification every contender pushes: a realistic ~1 KB city announcement. Crieur builds its JSON from
// the stored notification (lib/push/build-payload); the other contenders push that same JSON.
import { buildPayload } from '../lib/push/build-payload';
import { newId } from '../lib/db/new-id';
import { notificationInputSchema, type NotificationInputDraft } from '../lib/validation/notification';

const BODY =
  "En raison de travaux de renouvellement du réseau d'eau potable, l'alimentation en eau sera interrompue " +
  'le mardi 14 novembre de 8 h 30 à 16 h 00 dans les rues suivantes : rue Saint-Michel (du n° 2 au n° 48), ' +
  'place du Marché, impasse des Tilleuls, avenue Jean-Jaurès (côté pair) et chemin du Moulin. ' +
  "Pensez à constituer une réserve d'eau pour la journée. Une citerne sera installée place du Marché " +
  'de 8 h à 17 h ; des bouteilles seront distribuées aux personnes âgées et aux foyers avec de jeunes enfants ' +
  "inscrits auprès du CCAS. À la remise en service, l'eau peut être légèrement trouble : laissez couler " +
  'quelques minutes avant de la consommer. Merci de votre compréhension.';

export function benchNotification(audience: NotificationInputDraft['audience']): NotificationInputDraft {
  return {
    title: "Coupure d'eau programmée — quartier Saint-Michel",
    body: BODY,
    url: '/notifications/coupure-eau-saint-michel',
    icon: '/icons/icon-192.png',
    tag: 'eau-saint-michel',
    urgency: 'normal',
    actions: [
      { type: 'ack', title: 'OK' },
      { type: 'link', title: 'Voir les rues', url: '/travaux/saint-michel' },
    ],
    audience,
  };
}

/** The public origin the benchmark's dispatcher is given (NEXTAUTH_URL): its pushes carry the declarative form too. */
export const BENCH_ORIGIN = 'https://crieur.example.org';

/** The JSON Crieur pushes for this notification (same fields, a fresh id), for the contenders that are not Crieur. */
export function benchPayload(): string {
  const input = notificationInputSchema.parse(benchNotification({ kind: 'everyone' }));
  return buildPayload({ ...input, id: newId(), createdAt: new Date() }, { origin: BENCH_ORIGIN }).json(1);
}
