const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether `id` is a UUID: ids arrive in URLs, frames and tokens, and only a UUID may reach a uuid column. */
export const isUuid = (id: string): boolean => UUID.test(id);
