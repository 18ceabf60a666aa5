/**
 * A notification's funnel. Devices: targeted (a delivery row each), accepted by the push service (2xx), shown
 * (the service worker reported it on screen), opened (a click on it or a button). People: recipients and how many
 * acknowledged it (the inbox's "OK"). Shown and opened are reports, so they are lower bounds (README "Reach").
 * Counted with the rest of a notification's figures by countNotifications (count-deliveries.ts).
 */
export type ReachCounts = {
  targeted: number;
  accepted: number;
  shown: number;
  opened: number;
  recipients: number;
  acknowledged: number;
};
