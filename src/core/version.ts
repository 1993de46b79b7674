declare const __MLG_VERSION__: string | undefined;

/** Set by the bundler from package.json; `0.0.0-dev` when running from sources (tests). */
export const VERSION: string = typeof __MLG_VERSION__ === 'string' ? __MLG_VERSION__ : '0.0.0-dev';
