/** Where the finishing steps report: Astro's integration logger, or the build script's console. */
export interface BuildLog {
  info(message: string): void;
  warn(message: string): void;
}
