// The message catalog, one module per area ({ en, fr } with the same keys). Add an area here when you add a file.
import auth from './auth';
import common from './common';
import inbox from './inbox';

export const catalogs = { common, auth, inbox };
export type Area = keyof typeof catalogs;
export type Messages<A extends Area> = (typeof catalogs)[A]['en'];
