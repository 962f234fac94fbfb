export * from './paths.ts';
export * from './server.ts';
export * from './browsers.ts';
export * from './marks.ts';
export * from './popup.ts';
export * from './expectations.ts';
export * from './background.ts';
export * from './wait.ts';
