// Prisma stores DateTime in `timestamp(3)` columns (no time zone) as UTC. Raw SQL must do the same whatever the
// session's TimeZone is, and hand back real instants, so every raw query converts at the edge with these.

/** The current instant as a UTC `timestamp`, comparable with stored columns. */
export const SQL_NOW = `(now() AT TIME ZONE 'UTC')`;

/** A Date (or ISO string) parameter `$n` as a UTC `timestamp`. */
export const utcParam = (placeholder: string) => `(${placeholder}::timestamptz AT TIME ZONE 'UTC')`;

/** A stored column read back as `timestamptz`, which both drivers parse into the right Date. */
export const utcColumn = (column: string) => `(${column} AT TIME ZONE 'UTC')`;
