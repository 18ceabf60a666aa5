export declare const PERMISSIONS_POLICY: string;
/** Headers that are the same for every response and every deployment. */
export declare const CONSTANT_SECURITY_HEADERS: Readonly<Record<string, string>>;
