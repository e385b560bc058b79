/** Types for layers.js, which stays JavaScript so that eslint.config.js can load it without a compiler. */
export declare const LAYERS: Record<string, string[]>;
declare const plugin: { rules: Record<string, unknown> };
export default plugin;
