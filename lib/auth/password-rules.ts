/** Password length limits, shared by better-auth's config, user:add and the forms. */
export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 128;
