// The message catalog, one module per area ({ en, fr } with the same keys). Add an area here when you add a file.
import account from './account';
import admin from './admin';
import auth from './auth';
import common from './common';
import inbox from './inbox';
import mail from './mail';
import push from './push';

export const catalogs = { common, auth, push, inbox, admin, account, mail };
export type Area = keyof typeof catalogs;
export type Messages<A extends Area> = (typeof catalogs)[A]['en'];
